// The registry of temporary files WriteFile has open, so that SIGINT or
// SIGTERM can remove them (io::RemoveTemporariesOnSignal in io.h).
#ifndef CONCORD_SRC_IO_TEMPORARIES_H_
#define CONCORD_SRC_IO_TEMPORARIES_H_

#include <string>

namespace concord::io::internal {

// Records `path` until the returned slot is released; -1 when every slot is
// taken or the path is too long (the file is then not removed on a signal,
// the write itself goes on). Thread-safe.
int RegisterTemporary(const std::string& path);

// Forgets the slot's path (call after the rename or the unlink). -1 is a
// no-op.
void ReleaseTemporary(int slot);

}  // namespace concord::io::internal

#endif  // CONCORD_SRC_IO_TEMPORARIES_H_
