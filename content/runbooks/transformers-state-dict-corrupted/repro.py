#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""The situation behind transformers 4.x's "The state dictionary ... is corrupted", on a CPU.

A BERT classifier is saved, then loaded with a DistilBERT class and config (as when
the config comes from another checkpoint). Its keys start with "bert." and
"classifier.", not with DistilBERT's base_model_prefix "distilbert". transformers
4.x (4.10-4.57, per its source) raises the ValueError for such a state dict; 5.x
has no such check and loads it, leaving the layers it could not match newly
initialised. transformers 4.x cannot be installed here, so this shows the 5.x side.

  python repro.py          # DistilBertForSequenceClassification on the BERT checkpoint: what 5.17 does
  python repro.py --fixed  # the class the checkpoint was saved from (AutoModel reads it from config.json)
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import (AutoModelForSequenceClassification, BertConfig, BertForSequenceClassification,
                          DistilBertConfig, DistilBertForSequenceClassification)


def main() -> None:
    with tempfile.TemporaryDirectory() as root:
        bert_dir = os.path.join(root, "bert-classifier")
        torch.manual_seed(0)
        bert = BertForSequenceClassification(BertConfig(vocab_size=64, hidden_size=16, num_hidden_layers=1,
                                                        num_attention_heads=2, intermediate_size=32))
        bert.save_pretrained(bert_dir)
        if "--fixed" in sys.argv[1:]:
            model = AutoModelForSequenceClassification.from_pretrained(bert_dir)
            model, info = AutoModelForSequenceClassification.from_pretrained(bert_dir, output_loading_info=True)
            print(f"fixed: AutoModel built {type(model).__name__} from config.json; "
                  f"{len(info['missing_keys'])} missing, {len(info['unexpected_keys'])} unexpected")
            return
        config = DistilBertConfig(vocab_size=64, dim=16, n_layers=1, n_heads=2, hidden_dim=32)
        model, info = DistilBertForSequenceClassification.from_pretrained(bert_dir, config=config,
                                                                          output_loading_info=True)
        print(f"transformers 5 loaded {type(model).__name__} without an error: {len(info['missing_keys'])} of "
              f"{len(model.state_dict())} weights newly initialised, {len(info['unexpected_keys'])} checkpoint "
              "weights unused")


if __name__ == "__main__":
    main()
