"""onnxruntime side of `cargo bench --bench image`: same ONNX, same input, same thread counts.

Prints one line per thread count: "ort <threads> <ms per image> <images/s>". Parallelism is the
same scheme as tract's: N independent sessions with intra_op_num_threads=1, one image each.
"""
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import onnxruntime as ort


def main():
    model, c, h, w, n_calls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    threads = [int(t) for t in sys.argv[6].split(",")]
    x = np.random.default_rng(0).standard_normal((1, c, h, w)).astype(np.float32)
    for t in threads:
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        sessions = [ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"]) for _ in range(t)]
        name = sessions[0].get_inputs()[0].name
        for s in sessions:
            s.run(None, {name: x})

        def work(i):
            s = sessions[i % t]
            for _ in range(n_calls // t):
                s.run(None, {name: x})

        start = time.perf_counter()
        with ThreadPoolExecutor(t) as pool:
            list(pool.map(work, range(t)))
        elapsed = time.perf_counter() - start
        done = (n_calls // t) * t
        print(f"ort {t} {elapsed / done * 1000 * t:.3f} {done / elapsed:.1f}", flush=True)


if __name__ == "__main__":
    main()
