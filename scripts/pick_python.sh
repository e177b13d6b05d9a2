#!/bin/sh
# Print the interpreter that `make` builds .venv with (override: make PYTHON=/path/to/python3).
#
# The distribution's python3 comes first when it is 3.11 or newer and can make a virtual environment
# with pip: Debian and Ubuntu compile it with profile-guided optimisation and link-time optimisation,
# while a Python built from source without --enable-optimizations (pyenv's default) runs marsad about
# 20% slower (bench/run.py on this 2-core machine: 262-277 against 194-232 documents/second end to
# end, interleaved runs; README, "Speed and memory"). Otherwise the python3 found on PATH.
for cand in /usr/bin/python3 /usr/local/bin/python3 python3; do
  if command -v "$cand" >/dev/null 2>&1 \
     && "$cand" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
    echo "$cand"
    exit 0
  fi
done
echo python3
