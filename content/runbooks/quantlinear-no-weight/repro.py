#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 accelerate==1.15.0
"""Reproduce "QuantLinear() does not have a parameter or a buffer named weight." on a CPU.

GPTQ loaders (AutoGPTQ's from_quantized, GPTQ-for-LLaMa) replace each
nn.Linear with a QuantLinear that holds packed buffers (qweight, qzeros,
scales, g_idx) and no `weight`, then hand the checkpoint to accelerate's
load_checkpoint_in_model, which calls set_module_tensor_to_device for every
key (accelerate < 0.29, or any release with strict=True). A checkpoint that still has plain `weight` tensors (the original fp16
model instead of its GPTQ export) has no place to go. The QuantLinear here
is a minimal stand-in with AutoGPTQ's buffer layout and no extra_repr, which
is why the message prints "QuantLinear()". Nothing is downloaded.

  python repro.py          # fp16 checkpoint into a GPTQ layout: ValueError
  python repro.py --fixed  # a checkpoint in the GPTQ layout: loads
"""
import os
import sys
import tempfile

import torch
from accelerate.utils import load_checkpoint_in_model
from safetensors.torch import save_file
from torch import nn

IN_FEATURES, OUT_FEATURES, BITS, GROUP_SIZE = 64, 32, 4, 32


class QuantLinear(nn.Module):
    """Buffers as a 4-bit GPTQ linear layer stores them; no `weight` parameter."""

    def __init__(self, in_features: int, out_features: int) -> None:
        super().__init__()
        pack = 32 // BITS
        groups = in_features // GROUP_SIZE
        self.register_buffer("qweight", torch.zeros(in_features // pack, out_features, dtype=torch.int32))
        self.register_buffer("qzeros", torch.zeros(groups, out_features // pack, dtype=torch.int32))
        self.register_buffer("scales", torch.zeros(groups, out_features, dtype=torch.float16))
        self.register_buffer("g_idx", torch.tensor([i // GROUP_SIZE for i in range(in_features)], dtype=torch.int32))


class TinyGPTQModel(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.proj = QuantLinear(IN_FEATURES, OUT_FEATURES)


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    model = TinyGPTQModel()
    if fixed:
        # What a GPTQ export contains: the packed tensors under the layer's name.
        state = {f"proj.{name}": tensor.clone() for name, tensor in model.proj.named_buffers()}
    else:
        # What the original (unquantized) model contains.
        state = {"proj.weight": torch.randn(OUT_FEATURES, IN_FEATURES, dtype=torch.float16)}
    with tempfile.TemporaryDirectory() as root:
        path = os.path.join(root, "model.safetensors")
        save_file(state, path, metadata={"format": "pt"})
        # accelerate < 0.29 loaded every key this way; 0.29+ skips unknown keys (with a warning)
        # unless strict=True, so strict=True takes the same path the older releases always took.
        load_checkpoint_in_model(model, path, device_map={"": "cpu"}, strict=True)
    if fixed:
        print(f"fixed: loaded {', '.join(sorted(state))} into {type(model.proj).__name__}")


if __name__ == "__main__":
    main()
