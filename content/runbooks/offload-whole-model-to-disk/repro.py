#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce a device_map that puts the whole model on "disk", on a CPU.

A tiny Llama is saved as a plain pytorch_model.bin (not safetensors) and loaded with
device_map="auto" and a max_memory far below the size of one layer, the situation of a
machine whose GPU/CPU memory cannot hold the model. accelerate then maps every module to
"disk".

- accelerate 0.21.0 to 1.14.x: dispatch_model raises
  "You are trying to offload the whole model to the disk. ..." (not installable here).
- accelerate 1.15.0 + transformers 5.17.0 (this script): whole-disk offload is allowed,
  and transformers stops at the related check, because .bin weights must be re-saved and
  no offload_folder was given.

    python repro.py          # raises ValueError
    python repro.py --fixed  # same load with enough memory: nothing goes to disk
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

import torch  # noqa: E402
from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM  # noqa: E402
from transformers.utils import logging as hf_logging  # noqa: E402

hf_logging.disable_progress_bar()


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    folder = os.path.join(tempfile.mkdtemp(prefix="tracebook-offload-"), "bin-model")

    config = LlamaConfig(
        vocab_size=64, hidden_size=16, intermediate_size=32,
        num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1,
    )
    model = LlamaForCausalLM(config)
    model.save_pretrained(folder)
    os.remove(os.path.join(folder, "model.safetensors"))
    torch.save(model.state_dict(), os.path.join(folder, "pytorch_model.bin"))

    # 1 KB of CPU memory and no GPU: not even the smallest layer fits anywhere.
    max_memory = {"cpu": "1GB"} if fixed else {"cpu": "1KB"}
    loaded = AutoModelForCausalLM.from_pretrained(folder, device_map="auto", max_memory=max_memory)
    if fixed:
        loaded(torch.tensor([[1, 2, 3]]))
        devices = sorted({str(p.device) for p in loaded.parameters()})
        print(f"fixed: loaded without disk offload, parameters on {devices}")


if __name__ == "__main__":
    main()
