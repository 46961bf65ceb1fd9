#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "AssertionError: Torch not compiled with CUDA enabled" with a CPU-only torch wheel.

python repro.py                    torch.zeros(1).cuda() on a +cpu build: fails.
python repro.py --from-pretrained  AutoModelForCausalLM.from_pretrained(tiny_model, device_map="cuda"): fails.
python repro.py --device-context   with torch.cuda.device(0): the RuntimeError wording of the same build.
python repro.py --fixed            prints what the build supports and picks the device from it.
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch


def main(mode):
    if mode == "--fixed":
        # A CUDA wheel is the real fix (see the runbook); on a machine without one, choose the device
        # from what the build supports instead of hard-coding "cuda".
        device = "cuda" if torch.cuda.is_available() else "cpu"
        x = torch.zeros(1).to(device)
        print(
            f"fixed: torch {torch.__version__} (torch.version.cuda={torch.version.cuda}, "
            f"cuda available={torch.cuda.is_available()}); tensor placed on {x.device}"
        )
        return
    if mode == "--from-pretrained":
        from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        path = os.path.join(tempfile.mkdtemp(prefix="tracebook-nocuda-"), "tiny-llama")
        config = LlamaConfig(
            vocab_size=128, hidden_size=32, intermediate_size=64, num_hidden_layers=1,
            num_attention_heads=4, num_key_value_heads=4,
        )
        LlamaForCausalLM(config).save_pretrained(path)
        AutoModelForCausalLM.from_pretrained(path, device_map="cuda")
        return
    if mode == "--device-context":
        with torch.cuda.device(0):  # switches the current device without _lazy_init
            pass
        return
    torch.zeros(1).cuda()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
