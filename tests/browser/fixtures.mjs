// Short articles written for the browser test: one event told by three
// outlets that share a quote, a story whose quotation runs over two
// sentences, an unrelated hostile article, and the texts the paste and
// upload forms send. Invented text, no real news.
export const OUTLETS = ['Riverside Gazette', 'Lakeshore Times', 'Valley Radio'];

export const FLOOD_STORY = [
  {
    id: 'gazette-flood', source: 'Riverside Gazette', url: 'https://gazette.example/flood',
    title: 'Flood barrier closes Millbrook harbor',
    text: 'The Millbrook flood barrier was closed on Tuesday as the river rose two meters ' +
        'above normal. "We will keep the barrier shut until the water falls," said Mayor ' +
        'Dana Whitfield. Engineers inspected the barrier gates overnight. Schools in the ' +
        'lower town stayed closed for the day. About 1,200 homes lost power on Tuesday night.',
  },
  {
    id: 'times-flood', source: 'Lakeshore Times', url: 'https://times.example/flood',
    title: 'Millbrook shuts flood barrier as river rises',
    text: 'Millbrook closed its flood barrier on Tuesday after the river rose two meters ' +
        'above its normal level. "We will keep the barrier shut until the water falls," ' +
        'Mayor Whitfield told reporters. Volunteers filled sandbags near the old mill. ' +
        'About 1,500 homes lost power on Tuesday night.',
  },
  {
    id: 'radio-flood', source: 'Valley Radio', url: 'javascript:alert(1)',
    title: 'River rise closes the Millbrook barrier',
    text: 'The flood barrier in Millbrook was closed on Tuesday when the river rose two ' +
        'meters above normal. "We will keep the barrier shut until the water falls," Mayor ' +
        'Dana Whitfield said. Bus routes to the harbor were suspended until Thursday.',
  },
];

// The quotation of the Kettleby Post runs over two sentences, and only its
// first sentence is in the Coast Herald: one summary item, with the
// outlets of each sentence after it. The Post's lead holds an aside in
// brackets, which the summary leaves out (a compressed summary sentence,
// whose comparison line the page must not list again).
export const STRIKE_STORY = [
  {
    id: 'post-strike', source: 'Kettleby Post', title: 'Ferry crews walk out over pay',
    text: 'The Kettleby ferry crews walked out on Monday (their first strike since 2019) ' +
        'over pay. Union leader Mara Holt ' +
        'said "the boats stay in the harbor until the council talks. We want a fair offer," ' +
        'outside the terminal. Commuters took the coast road instead.',
  },
  {
    id: 'herald-strike', source: 'Coast Herald', title: 'Kettleby ferry strike begins',
    text: 'Kettleby\'s ferry crews went on strike on Monday in a dispute over pay. Union ' +
        'leader Mara Holt said the boats stay in the harbor until the council talks. The ' +
        'council said it would meet the union on Wednesday. Holt never said "the crews will ' +
        'take any offer the council makes this week."',
  },
];

// Two outlets quote one speaker over two sentences, each going on with a
// sentence the other does not carry: the shared first sentence is listed
// without either outlet's second one.
export const BUS_STORY = [
  {
    id: 'gazette-bus', source: 'Dunmore Gazette', title: 'Tram drivers stop work',
    text: 'Dunmore tram drivers stopped work on Tuesday over night shifts. Spokesman Teodor ' +
        'Brask said "no tram leaves the depot until the shifts are shortened. We ask for ' +
        'eight hours and a proper break," at the depot gates.',
  },
  {
    id: 'courier-bus', source: 'Valley Courier', title: 'Dunmore trams halted',
    text: 'Dunmore tram drivers halted work on Tuesday over night shifts. Spokesman Teodor ' +
        'Brask said "no tram leaves the depot until the shifts are shortened. The union ' +
        'will hold out through the winter if it must," he told reporters.',
  },
];

export const HOSTILE = '<img src=x onerror="window.__xss=1">';
export const HOSTILE_ARTICLE = {
  id: 'hostile-1', source: 'Prank Weekly',
  title: `Orchard fair ${HOSTILE} opens`,
  text: `The orchard fair opened on Saturday with forty stalls of apples. ${HOSTILE} ` +
      'Visitors queued for cider pressed on the spot. <script>window.__xss=2</script>',
};

export const PASTED = {
  source: 'Harbor Bulletin', title: 'Lighthouse keeper retires after forty years',
  text: 'The keeper of the Gull Point lighthouse retired on Friday after forty years. ' +
      'She climbed the tower stairs one last time at dawn. The lighthouse has been ' +
      'automatic since spring.',
};

// A .txt file with front matter, as the bundled example's files are: the
// server reads its outlet and headline from it, not as article text.
export const UPLOADED = {
  name: 'chess-club.txt',
  source: 'Kettleby Times',
  title: 'Chess club takes the regional cup',
  text: '---\nsource: Kettleby Times\ntitle: Chess club takes the regional cup\n---\n\n' +
      'The town chess club won the regional cup on Sunday. Its youngest player, aged ' +
      'eleven, won the deciding game in forty moves.',
};

// Two outlets of which one says the pier reopened and the other that it did
// not: the story page lists the two sentences as contradicting each other.
export const PIER_STORY = [
  {
    id: 'courier-pier', source: 'Harbor Courier', title: 'Old pier reopens after repairs',
    text: 'The old ferry pier reopened on Friday after six weeks of repairs. Crews replaced ' +
        'the rotten planks along the north side.',
  },
  {
    id: 'bulletin-pier', source: 'Bay Bulletin', title: 'Ferry pier repairs run late',
    text: 'The old ferry pier did not reopen on Friday after six weeks of repairs. Crews ' +
        'replaced the rotten planks along the north side.',
  },
];
