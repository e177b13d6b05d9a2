#!/usr/bin/env bash
# Instructions per document, end to end, for the source tree SRC (default: ./src): a figure that does
# not move with the machine's load, unlike the wall-clock rates of bench/run.py. Needs valgrind.
# It counts a 250- and a 50-document run_corpus under callgrind and prints the difference / 200.
#   bash bench/instructions.sh            # ~3 minutes
#   bash bench/instructions.sh /tmp/old/src   # compare with another checkout's src
set -euo pipefail
SRC="${1:-$(pwd)/src}"
PY="${PY:-$(pwd)/.venv/bin/python}"  # another interpreter: PY=/path/to/python bash bench/instructions.sh
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$PY" -c "
import sys, tempfile
sys.path.insert(0, '$SRC')
from pathlib import Path
from marsad.bench import write_corpus
from marsad.runner import run_corpus
tmp = tempfile.mkdtemp()
run_corpus([str(write_corpus(Path(tmp) / 'c', $1, 7))], Path(tmp) / 'o', quiet=True)
" 2>&1 | awk '/Collected/ {print $4}'
}
small=$(count 50); large=$(count 250)
echo "$SRC: $(( (large - small) / 200 )) instructions per document (end to end)"
