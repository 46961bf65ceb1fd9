#!/usr/bin/env python3
# tracebook-env: torch==2.13.0
"""Reproduce "No module named 'triton'" on a CPU-only install.

PyTorch's CPU wheels do not depend on triton (its Linux CUDA wheels do), so
any package that runs `import triton` at import time, as unsloth's
__init__.py did, fails in such an environment. This script prints what the
installed torch requires, then imports a small kernel module written the way
those packages write theirs (a top-level `import triton`, no guard).

  python repro.py          # torch CPU wheel, no triton: ModuleNotFoundError
  python repro.py --fixed  # run where triton is installed (pip install triton, Linux): imports
"""
import atexit
import importlib.metadata
import os
import shutil
import sys
import tempfile

KERNEL_MODULE = '''\
import triton  # top-level and unguarded, as in the packages that fail this way
import triton.language as tl


@triton.jit
def add_one(x_ptr, n, BLOCK: tl.constexpr):
    offsets = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offsets < n
    tl.store(x_ptr + offsets, tl.load(x_ptr + offsets, mask=mask) + 1, mask=mask)
'''


def main() -> None:
    import torch

    requires = importlib.metadata.requires("torch") or []
    print(f"torch {torch.__version__} requires triton: {any(r.startswith('triton') for r in requires)}")
    # Removed at exit, after the traceback (which quotes the file) has been printed.
    root = tempfile.mkdtemp(prefix="kernels-")
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    with open(os.path.join(root, "fused_kernels.py"), "w") as f:
        f.write(KERNEL_MODULE)
    sys.path.insert(0, root)
    import fused_kernels

    if "--fixed" in sys.argv[1:]:
        print(f"fixed: imported {fused_kernels.__name__} with triton {importlib.metadata.version('triton')}")


if __name__ == "__main__":
    main()
