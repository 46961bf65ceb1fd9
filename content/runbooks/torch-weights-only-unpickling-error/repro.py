#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "_pickle.UnpicklingError: Weights only load failed" on a CPU.

A training checkpoint that pickles more than tensors (here a dataclass with
the run's config, as many trainers save) is loaded with a plain
torch.load(path). Since torch 2.6 that means weights_only=True, and the
restricted unpickler refuses the class.

  python repro.py          # fails: Unsupported global: GLOBAL __main__.TrainConfig
  python repro.py --fixed  # allowlists exactly that class, then loads
  python repro.py --lfs-pointer           # a git-lfs pointer saved as the .bin: "Unsupported operand 118"
  python repro.py --lfs-pointer --unsafe  # same file, weights_only=False: "invalid load key, 'v'."
  python repro.py --torchscript           # a torch.jit.save archive: "Cannot use ``weights_only=True`` with TorchScript archives"
  python repro.py --torchscript --fixed   # the same archive through torch.jit.load
"""
import dataclasses
import os
import sys
import tempfile

import torch


@dataclasses.dataclass
class TrainConfig:
    lr: float = 3e-4
    epochs: int = 3


LFS_POINTER = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
    "size 16060617592\n"
)


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    if "--torchscript" in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as root:
            path = os.path.join(root, "model.pt")
            torch.jit.save(torch.jit.script(torch.nn.Linear(4, 2)), path)
            if fixed:
                module = torch.jit.load(path, map_location="cpu")
                print(f"fixed: torch.jit.load returned a {type(module).__name__}")
            else:
                torch.load(path)
        return
    if "--lfs-pointer" in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as root:
            path = os.path.join(root, "pytorch_model.bin")
            with open(path, "w") as f:
                f.write(LFS_POINTER)  # what a clone without git-lfs leaves behind
            if "--unsafe" in sys.argv[1:]:
                # Not a pickle at all, so weights_only=False does not help either:
                # UnpicklingError: invalid load key, 'v'.
                torch.load(path, weights_only=False)
            torch.load(path)
        return
    with tempfile.TemporaryDirectory() as root:
        path = os.path.join(root, "checkpoint.pt")
        model = torch.nn.Linear(4, 2)
        torch.save({"model": model.state_dict(), "config": TrainConfig()}, path)
        if fixed:
            # Safest way to keep weights_only=True: allow only the classes you
            # know the file contains (list them with get_unsafe_globals_in_checkpoint).
            needed = torch.serialization.get_unsafe_globals_in_checkpoint(path)
            with torch.serialization.safe_globals([TrainConfig]):
                checkpoint = torch.load(path)
            print(f"fixed: allowlisted {needed}, loaded with weights_only=True, config={checkpoint['config']}")
        else:
            torch.load(path)


if __name__ == "__main__":
    main()
