"""Execute a notebook's code cells in order, in one namespace, and store each cell's printed output in the notebook.

    python notebooks/run_notebook.py notebooks/text_model.ipynb

For machines without Jupyter (the GPU machine that trained text model 0.7 has PyTorch but no nbconvert). It does
what `jupyter nbconvert --to notebook --execute --inplace` does for notebooks that only print: stdout and stderr
become stream outputs, an exception stops the run (the notebook is still written, with the traceback in that cell's
output). No IPython magics, no rich display. The working directory is the caller's (run it from the repository root).
"""
import contextlib
import io
import json
import os
import sys
import time
import traceback
from pathlib import Path


class Tee(io.TextIOBase):
    """Writes to the terminal and keeps a copy, so a long cell shows progress while it runs."""

    def __init__(self, stream):
        self.stream, self.buf = stream, io.StringIO()

    def write(self, s):
        self.stream.write(s)
        self.stream.flush()
        return self.buf.write(s)

    def flush(self):
        self.stream.flush()


def main(path: Path) -> int:
    nb = json.loads(path.read_text())
    ns = {"__name__": "__main__"}
    count, failed = 0, False
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        count += 1
        cell["execution_count"], cell["outputs"] = count, []
        if failed:
            cell["execution_count"] = None
            continue
        out, err = Tee(sys.__stdout__), Tee(sys.__stderr__)
        t0 = time.time()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                exec(compile("".join(cell["source"]), f"<cell {count}>", "exec"), ns)
            except Exception:
                traceback.print_exc()
                failed = True
        for name, tee in (("stdout", out), ("stderr", err)):
            text = tee.buf.getvalue()
            if text:
                cell["outputs"].append({"name": name, "output_type": "stream", "text": text.splitlines(keepends=True)})
        print(f"[run_notebook] cell {count}: {time.time() - t0:.1f} s{' FAILED' if failed else ''}", file=sys.__stderr__)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
