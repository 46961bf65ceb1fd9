#!/usr/bin/env python3
# tracebook-env: torch==2.13.0
"""load_state_dict into a module whose parameters are ZeRO-3 placeholders.

Under DeepSpeed ZeRO-3 (deepspeed.zero.Init, which the HF Trainer turns on for from_pretrained),
every parameter's .data is torch.empty(0) until it is gathered: free_param() in
deepspeed/runtime/zero/partition_parameters.py. DeepSpeed needs GPUs, so this script empties the
parameters of a LLaVA-style projector the same way and then does what LLaVA's
initialize_vision_modules does: projector.load_state_dict(pretrained_projector_weights).
There is no --fixed mode: the fix (deepspeed.zero.GatheredParameters) needs DeepSpeed on GPUs.

python repro.py  -> RuntimeError from torch.nn.Module.load_state_dict (traceback propagates)
"""
import torch
from torch import nn


def projector() -> nn.Sequential:
    return nn.Sequential(nn.Linear(16, 32), nn.GELU(), nn.Linear(32, 32))


def main() -> None:
    torch.manual_seed(0)
    pretrained = projector().state_dict()  # stands in for mm_projector.bin

    model_projector = projector()
    # What ZeRO-3 leaves in each parameter after partitioning (DeepSpeed's free_param()).
    with torch.no_grad():
        for param in model_projector.parameters():
            param.data = torch.empty(0, dtype=param.dtype, device=param.device)

    model_projector.load_state_dict(pretrained)


if __name__ == "__main__":
    main()
