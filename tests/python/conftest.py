"""Helpers of the Python tests (tests/python/, docs/python.md).

ctest runs them with PYTHONPATH=<build>/python and CONCORD_BIN=<build>/concord;
by hand: PYTHONPATH=build/python CONCORD_BIN=build/concord /usr/bin/python3 -m
pytest -q tests/python. A missing module (concord not built, distributed not
installed) skips with a message, or fails under CONCORD_REQUIRE_SHARED=1.
"""
import importlib
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "python"


def need(name):
    """Imports `name`, or skips the test module when it cannot."""
    try:
        return importlib.import_module(name)
    except ImportError as e:
        if os.environ.get("CONCORD_REQUIRE_SHARED") == "1":
            raise
        pytest.skip(f"cannot import {name} ({e}): build with pybind11-dev and install "
                    "python3-distributed (scripts/install-deps)", allow_module_level=True)


def concord_bin():
    path = pathlib.Path(os.environ.get("CONCORD_BIN", ROOT / "build" / "concord")).resolve()
    if not path.exists():
        pytest.fail(f"{path}: the concord binary is missing (set CONCORD_BIN)")
    return str(path)


def run_cli(*args, cwd=None):
    """`concord ARGS`: (exit code, stdout bytes, stderr text)."""
    done = subprocess.run([concord_bin(), *map(str, args)], capture_output=True, cwd=cwd,
                          check=False)
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


def shared_path(relative):
    """$CONCORD_SHARED_DIR (default: ../shared beside the repository) /
    relative; skips the test when absent, or fails under
    CONCORD_REQUIRE_SHARED=1."""
    base = pathlib.Path(os.environ.get("CONCORD_SHARED_DIR", ROOT.parent / "shared"))
    path = base / relative
    if not path.exists():
        if os.environ.get("CONCORD_REQUIRE_SHARED") == "1":
            pytest.fail(f"CONCORD_REQUIRE_SHARED=1 but {path} is missing")
        pytest.skip(f"{path} is missing (the shared evaluation data)")
    return path
