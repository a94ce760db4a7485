# --8<-- [start:code]
import string
from pathlib import Path

import torch
from torch import nn

# names/English.txt, names/Japanese.txt, ...
# the names/ folder next to this script (in a notebook: Path("names"))
folder = Path(__file__).with_name("names")
data = {f.stem: f.read_text().split() for f in sorted(folder.glob("*.txt"))}
for language, names in data.items():
    print(f"{language:9} {len(names):4} names, e.g. {', '.join(names[:4])}")

letters = string.ascii_lowercase  # 26 letters: the width of each one-hot vector


def encode(name):
    """A name as a (len(name), 26) tensor: one one-hot row per letter."""
    index = torch.tensor([letters.index(c) for c in name.lower()])
    return nn.functional.one_hot(index, len(letters)).float()


sato = encode("Sato")
print(
    "encode('Sato'):",
    tuple(sato.shape),
    "with its 1s in columns",
    sato.argmax(dim=1).tolist(),
)

torch.manual_seed(0)
lstm = nn.LSTM(input_size=len(letters), hidden_size=8)
for name in ["Li", "Sato", "Winterbottom"]:
    # (L, N=1, 26): L changes with the name, 26 never does
    x = encode(name).unsqueeze(1)
    output, (h_n, c_n) = lstm(x)
    shapes = f"output {tuple(output.shape)}, h_n {tuple(h_n.shape)}"
    print(f"{name:12} input {tuple(x.shape)} -> {shapes}")
# --8<-- [end:code]

# --8<-- [start:check]
assert (
    len(data) == 8
    and min(map(len, data.values())) == 188
    and max(map(len, data.values())) == 230
)
# no duplicates within a file
assert all(len(set(v)) == len(v) for v in data.values())
all_names = [n.lower() for v in data.values() for n in v]
# ... nor across files: every name has one label
assert len(set(all_names)) == len(all_names)
assert all(set(n) <= set(letters) for n in all_names)
assert sato.shape == (4, 26) and torch.equal(sato.sum(1), torch.ones(4))
assert sato.argmax(dim=1).tolist() == [18, 0, 19, 14]
assert h_n.shape == (1, 1, 8) and output.shape == (12, 1, 8)
# --8<-- [end:check]
