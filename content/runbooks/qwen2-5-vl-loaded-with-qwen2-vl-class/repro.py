#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Load a Qwen2.5-VL checkpoint through the Qwen2-VL class.

Builds a tiny Qwen2.5-VL model from a config (nothing is downloaded), saves it, and loads the
folder with Qwen2VLForConditionalGeneration, as scripts do that pick the class from the folder name.
The vision tower keeps the real Qwen2.5-VL width (hidden_size=1280) so that the mismatch has the
same shape as with the released checkpoints; everything else is tiny.

python repro.py          -> fails in from_pretrained (traceback propagates)
python repro.py --fixed  -> loads the same folder with AutoModelForImageTextToText, which picks
                            Qwen2_5_VLForConditionalGeneration from config.json
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import (
    AutoModelForImageTextToText,
    Qwen2_5_VLConfig,
    Qwen2_5_VLForConditionalGeneration,
    Qwen2VLForConditionalGeneration,
)
from transformers.utils import logging as hf_logging

hf_logging.disable_progress_bar()  # keep the output free of tqdm carriage returns


def build_checkpoint() -> str:
    config = Qwen2_5_VLConfig(
        text_config=dict(
            vocab_size=128, hidden_size=64, intermediate_size=128, num_hidden_layers=1,
            num_attention_heads=4, num_key_value_heads=2, bos_token_id=0, eos_token_id=1,
            rope_scaling={"type": "mrope", "mrope_section": [2, 2, 4]},
        ),
        vision_config=dict(
            depth=1, hidden_size=1280, intermediate_size=64, num_heads=16, out_hidden_size=64,
            fullatt_block_indexes=[0], patch_size=14, spatial_merge_size=2, temporal_patch_size=2,
            window_size=112,
        ),
    )
    torch.manual_seed(0)
    model = Qwen2_5_VLForConditionalGeneration(config)
    out = tempfile.mkdtemp(prefix="qwen2_5_vl-tiny-")
    model.save_pretrained(out)
    return out


def main(fixed: bool) -> None:
    path = build_checkpoint()
    if fixed:
        model = AutoModelForImageTextToText.from_pretrained(path)
        assert isinstance(model, Qwen2_5_VLForConditionalGeneration), type(model)
        print(f"fixed: AutoModelForImageTextToText loaded {type(model).__name__} from {path}")
    else:
        Qwen2VLForConditionalGeneration.from_pretrained(path)


if __name__ == "__main__":
    main(fixed="--fixed" in sys.argv[1:])
