#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0
"""Tokens added to a tokenizer without resizing the model's embeddings.

On a GPU the embedding lookup fails inside the index_select kernel
(`Assertion `srcIndex < srcSelectDimSize` failed`, then
`CUDA error: device-side assert triggered`). This machine has no GPU, so this
script shows the CPU form of the same bug: `IndexError: index out of range in self`.

    python repro.py          # fails: new token id >= embedding rows
    python repro.py --fixed  # model.resize_token_embeddings(len(tokenizer)) first
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast
from transformers.utils import logging

logging.disable_progress_bar()

fixed = "--fixed" in sys.argv

with tempfile.TemporaryDirectory() as tmp:
    # A 16-word vocabulary and a model with exactly 16 embedding rows.
    words = ["<unk>", "<s>", "</s>"] + [f"w{i}" for i in range(13)]
    backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="<unk>", bos_token="<s>", eos_token="</s>")

    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=16, intermediate_size=32,
                         num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2)
    LlamaForCausalLM(config).save_pretrained(tmp)
    model = LlamaForCausalLM.from_pretrained(tmp)

    # What fine-tuning recipes do: add special tokens (chat markers, a pad token).
    tokenizer.add_special_tokens({"additional_special_tokens": ["<|im_start|>", "<|im_end|>"]})
    print(f"len(tokenizer)={len(tokenizer)} embedding rows={model.get_input_embeddings().num_embeddings}")

    if fixed:
        model.resize_token_embeddings(len(tokenizer))

    batch = tokenizer("<|im_start|> w1 w2 <|im_end|>", return_tensors="pt")
    print("input_ids:", batch["input_ids"].tolist())
    with torch.no_grad():
        out = model(**batch)

    if fixed:
        print(f"fixed: forward pass ran with {model.get_input_embeddings().num_embeddings} embedding rows, logits {tuple(out.logits.shape)}")
