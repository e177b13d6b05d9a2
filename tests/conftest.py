"""Shared fixtures: the repo root, the shared reference corpus, and a CLI runner."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_root() -> Path | None:
    """``<repo>/../shared`` (present in CI), or $MARSAD_SHARED; None when neither exists."""
    for cand in (os.environ.get("MARSAD_SHARED"), REPO_ROOT.parent / "shared"):
        if cand and Path(cand, "corpus").is_dir():
            return Path(cand)
    return None


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture
def shared_dir() -> Path:
    root = shared_root()
    if root is None:
        pytest.skip("../shared (reference corpus) not present next to the repository")
    return root


def marsad_cmd() -> list[str]:
    """The installed ``marsad`` console script of this interpreter, else ``python -m marsad.cli``."""
    script = Path(sys.executable).with_name("marsad")
    return [str(script)] if script.exists() else [sys.executable, "-m", "marsad.cli"]


@pytest.fixture
def run_cli():
    """Run ``marsad ARGS...`` in a subprocess; returns the CompletedProcess (text mode)."""

    def _run(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        full_env = {**os.environ, **(env or {})}
        return subprocess.run(
            marsad_cmd() + [str(a) for a in args],
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
        )

    return _run
