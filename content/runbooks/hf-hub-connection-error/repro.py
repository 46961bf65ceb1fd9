#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "We couldn't connect to 'https://huggingface.co' to load the files".

Loads a Hub model id with an empty Hugging Face cache (a fresh HF_HOME in a temp dir):

  python repro.py               HF_HUB_OFFLINE=1: nothing is sent; fails at once.
  python repro.py --no-offline  HF_HUB_OFFLINE unset: huggingface_hub tries the
                                network (retries for about 25 s when DNS fails, as on
                                a machine without internet access), then fails.
  python repro.py --fixed       the top fix: load from a local directory that holds the
                                files (here a tiny config written by save_pretrained,
                                standing in for `hf download ... --local-dir`).
"""
import os
import sys
import tempfile

tmp = tempfile.mkdtemp(prefix="tracebook-hub-offline-")
os.environ["HF_HOME"] = os.path.join(tmp, "hf_home")  # empty cache
if "--no-offline" in sys.argv:
    os.environ.pop("HF_HUB_OFFLINE", None)
    os.environ.pop("TRANSFORMERS_OFFLINE", None)
else:
    os.environ["HF_HUB_OFFLINE"] = "1"

from transformers import AutoConfig  # noqa: E402

if "--fixed" in sys.argv:
    from transformers import Qwen2Config

    local_dir = os.path.join(tmp, "Qwen2.5-0.5B-Instruct")
    Qwen2Config(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
                num_key_value_heads=2, vocab_size=128).save_pretrained(local_dir)
    config = AutoConfig.from_pretrained(local_dir)
    print(f"fixed: loaded {type(config).__name__} from local directory {local_dir} with HF_HUB_OFFLINE=1")
else:
    AutoConfig.from_pretrained("Qwen/Qwen2.5-0.5B-Instruct")
