#!/usr/bin/env python3
# tracebook-env: torch==2.13.0
"""Reproduce "PytorchStreamReader failed locating file constants.pkl: file not found" on a CPU.

torch.save writes a zip archive with data.pkl and the tensors; torch.jit.save writes a
TorchScript archive, which also holds constants.pkl and the model's code. torch.jit.load
opens either zip and asks for constants.pkl, which only the TorchScript archive has.

  python repro.py          # torch.save a small model's state_dict, then torch.jit.load it
  python repro.py --fixed  # load that file with torch.load; export TorchScript with torch.jit.script
"""
import os
import sys
import tempfile

import torch
from torch import nn


def make_model() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


def main() -> None:
    folder = tempfile.mkdtemp()
    checkpoint = os.path.join(folder, "model.pt")
    torch.save(make_model().state_dict(), checkpoint)  # a weights file, not TorchScript

    if "--fixed" not in sys.argv[1:]:
        torch.jit.load(checkpoint)
        return

    # A torch.save file: build the model in Python and load the weights into it.
    model = make_model()
    missing, unexpected = model.load_state_dict(torch.load(checkpoint, map_location="cpu"))
    print(f"fixed: torch.load + load_state_dict, missing={list(missing)} unexpected={list(unexpected)}")

    # A runtime that needs TorchScript (libtorch, DJL): export once, then torch.jit.load works.
    scripted = os.path.join(folder, "model-torchscript.pt")
    torch.jit.save(torch.jit.script(model), scripted)
    loaded = torch.jit.load(scripted)
    print(f"fixed: torch.jit.load of the torch.jit.script export gives {type(loaded).__name__}")


if __name__ == "__main__":
    main()
