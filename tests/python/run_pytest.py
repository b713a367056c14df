"""ctest's entry to the Python tests: runs pytest on the given files, or
exits 77 (skipped) with a message when pytest is not installed, unless
CONCORD_REQUIRE_SHARED=1 asks for every test."""
import os
import sys


def main():
    try:
        import pytest
    except ImportError:
        print("skipped: pytest is not installed for this Python (python3-pytest, "
              "scripts/install-deps)")
        return 1 if os.environ.get("CONCORD_REQUIRE_SHARED") == "1" else 77
    return pytest.main(["-q", "-p", "no:cacheprovider", *sys.argv[1:]])


# Dask starts worker processes with multiprocessing's "spawn", which imports
# this file again in each of them: only the first process runs the tests.
if __name__ == "__main__":
    sys.exit(main())
