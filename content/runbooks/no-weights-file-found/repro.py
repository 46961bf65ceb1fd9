#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "Error no file named ... found in directory" on a CPU.

A tiny Llama is saved with save_pretrained() into one folder; a second folder gets
only its config.json (what you have after copying a config, saving only a tokenizer,
or pointing at the wrong level of a checkpoint tree). Loading the second folder fails.

    python repro.py          # raises OSError
    python repro.py --fixed  # loads from the folder that holds the weights
"""
import os
import shutil
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM  # noqa: E402
from transformers.utils import logging as hf_logging  # noqa: E402

hf_logging.disable_progress_bar()


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    root = tempfile.mkdtemp(prefix="tracebook-noweights-")
    full = os.path.join(root, "saved-model")
    config_only = os.path.join(root, "config-only")

    config = LlamaConfig(
        vocab_size=64, hidden_size=16, intermediate_size=32,
        num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1,
    )
    LlamaForCausalLM(config).save_pretrained(full)
    os.makedirs(config_only)
    shutil.copy(os.path.join(full, "config.json"), config_only)

    if fixed:
        # The fix: point from_pretrained at the directory that holds model.safetensors.
        model = AutoModelForCausalLM.from_pretrained(full)
        print(f"fixed: loaded {type(model).__name__} from {sorted(os.listdir(full))}")
        return
    AutoModelForCausalLM.from_pretrained(config_only)


if __name__ == "__main__":
    main()
