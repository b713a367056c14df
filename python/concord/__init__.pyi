# Type stub of the concord package (docs/python.md).
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

Article = Union[str, Mapping[str, Any]]

class Error(Exception):
    """Input that concord cannot use; the message names the article or line."""

def summarize(articles: Iterable[Article], words: Optional[int] = ..., method: str = ...,
              format: str = ..., *, bytes: Optional[int] = ..., sentences: Optional[int] = ...,
              truncate: bool = ..., explain: bool = ..., no_clean: bool = ...,
              keep_copies: bool = ...,
              duplicate_threshold: float = ...,
              set: Union[Mapping[str, float], Sequence[str], None] = ...,
              params: Optional[str] = ..., threads: int = ..., story_id: str = ...) -> Any: ...
def compare(articles: Iterable[Article], format: str = ..., threshold: Optional[float] = ...,
            no_clean: bool = ..., threads: int = ..., story_id: str = ...) -> Any: ...
def quotes(articles: Iterable[Article], format: str = ..., no_clean: bool = ...,
           threads: int = ..., story_id: str = ...) -> Any: ...
def split(text: Union[str, bytes]) -> List[Dict[str, Any]]: ...
def rouge(candidate: Union[str, Sequence[str]],
          references: Sequence[Union[str, Sequence[str]]], flags: str = ...,
          data_dir: Optional[str] = ...) -> Dict[str, Dict[str, float]]: ...
def extract(html: Union[str, bytes], url: Optional[str] = ...) -> Dict[str, Any]: ...
def group(articles: Iterable[Article], window: str = ..., threshold: Optional[float] = ...,
          duplicate_threshold: Optional[float] = ...,
          duplicates: bool = ...) -> List[Dict[str, Any]]: ...
def digest(articles: Iterable[Article], words: int = ..., min_articles: int = ...,
           format: str = ..., window: str = ..., threshold: Optional[float] = ...,
           duplicate_threshold: Optional[float] = ..., duplicates: bool = ...,
           keep_copies: bool = ..., threads: int = ...,
           merge_threshold: Optional[float] = ..., truncate: bool = ...) -> Any: ...
