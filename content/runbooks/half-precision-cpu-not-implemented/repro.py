#!/usr/bin/env python3
"""Run the ops that older torch lacked Half CPU kernels for, in float16 on the CPU.

On torch builds without those kernels (reports: 1.12.1, 2.1.2) the first op raises
RuntimeError: "addmm_impl_cpu_" not implemented for 'Half' (or "LayerNormKernelImpl").
On torch 2.13.0+cpu every op runs and the script exits 0, which is what this runbook
records: current torch no longer fails. Nothing is downloaded.
"""

import torch

torch.manual_seed(0)
x = torch.randn(2, 8).half()
linear = torch.nn.Linear(8, 8).half()  # addmm_impl_cpu_
norm = torch.nn.LayerNorm(8).half()  # LayerNormKernelImpl
conv = torch.nn.Conv2d(1, 1, 3).half()  # slow_conv2d_cpu
y = norm(linear(x))
z = conv(torch.randn(1, 1, 5, 5).half())
print(f"fixed: torch {torch.__version__} ran Linear, LayerNorm and Conv2d in {y.dtype} on the CPU {tuple(z.shape)}")
