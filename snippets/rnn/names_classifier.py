# book: timeout=120
# --8<-- [start:code]
import string
from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.nn.utils.rnn import pad_sequence

torch.manual_seed(0)
folder = Path(__file__).with_name("names")
languages = sorted(f.stem for f in folder.glob("*.txt"))
K = len(languages)


def batch_of(names):
    """Names -> one-hot (L_max, N, 26) padded with zero rows, and each name's length."""
    index = [torch.tensor([string.ascii_lowercase.index(c) for c in n.lower()]) for n in names]
    x = pad_sequence([nn.functional.one_hot(i, 26).float() for i in index])
    return x, torch.tensor([len(n) for n in names])


# Fixed split: 20% of each language's names are held out for testing
train_names, train_y, test_names, test_y = [], [], [], []
for label, language in enumerate(languages):
    names = (folder / f"{language}.txt").read_text().split()
    order, cut = torch.randperm(len(names)).tolist(), len(names) // 5
    test_names += [names[i] for i in order[:cut]]
    train_names += [names[i] for i in order[cut:]]
    test_y += [label] * cut
    train_y += [label] * (len(names) - cut)
x_train, len_train = batch_of(train_names)
y_train, y_test = torch.tensor(train_y), torch.tensor(test_y)


class NameClassifier(nn.Module):
    def __init__(self, n_letters=26, hidden=32, n_classes=K):
        super().__init__()
        self.lstm = nn.LSTM(n_letters, hidden)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x, lengths):  # x: (L_max, N, 26)
        output, _ = self.lstm(x)  # (L_max, N, hidden)
        # the state after each name's own last letter (the padding comes later)
        last = output[lengths - 1, torch.arange(len(lengths))]
        return self.head(last)  # logits: (N, n_classes)


model = NameClassifier()
optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
for _ in range(10):  # epochs
    for idx in torch.randperm(len(y_train)).split(64):
        loss = nn.functional.cross_entropy(model(x_train[:, idx], len_train[idx]), y_train[idx])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def probabilities(names):
    with torch.no_grad():
        return model(*batch_of(names)).softmax(dim=1)


pred = probabilities(test_names).argmax(dim=1)
train_acc = (probabilities(train_names).argmax(dim=1) == y_train).float().mean().item()
test_acc = (pred == y_test).float().mean().item()
print(f"{len(train_names)} training names, {len(test_names)} test names, {K} languages")
print(f"train accuracy {train_acc:.3f}, test accuracy {test_acc:.3f} (chance {1 / K:.3f})")

new_names = ["Nakamoto", "Gorbachev", "Schwarzenegger", "Fitzgerald"]
new_names += ["Berlusconi", "Almodovar", "Beaumont", "Sheng"]  # none of them is in the data
for name, p in zip(new_names, probabilities(new_names), strict=True):
    top3 = [f"{languages[i]} {q:.2f}" for q, i in zip(*p.topk(3), strict=True)]
    print(f"{name:15}", "  ".join(top3))

# rows: true language, columns: predicted language
confusion = torch.bincount(y_test * K + pred, minlength=K * K).view(K, K)
rates = confusion / confusion.sum(dim=1, keepdim=True)  # each row sums to 1
fig, ax = plt.subplots(figsize=(5.5, 5), layout="constrained")
ax.imshow(rates.numpy(), cmap="Blues", vmin=0, vmax=1)
for i, j in confusion.nonzero().tolist():  # write the counts, skip the zeros
    color = "white" if rates[i, j] > 0.5 else "black"
    ax.text(j, i, confusion[i, j].item(), ha="center", va="center", color=color)
ax.set_xticks(range(K), languages, rotation=45, ha="right")
ax.set_yticks(range(K), languages)
ax.set_xlabel("predicted language")
ax.set_ylabel("true language")
ax.set_title(f"Confusion matrix of the test names (accuracy {test_acc:.2f})")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert (len(train_names), len(test_names), K) == (1289, 318, 8)
assert not set(train_names) & set(test_names)
assert 0.65 < test_acc < train_acc  # measured 0.76; chance is 0.125
assert abs(test_acc - 0.76) < 0.02 and abs(train_acc - 0.94) < 0.02  # the numbers the page quotes
assert x_train.shape == (12, 1289, 26)
recall = dict(zip(languages, rates.diag().tolist(), strict=True))
assert min(recall["Chinese"], recall["Russian"], recall["Japanese"]) > 0.85  # the easiest languages
assert set(sorted(recall, key=recall.get)[:2]) == {"English", "Spanish"}  # the two hardest
off = confusion.clone().fill_diagonal_(0)
i, j = divmod(off.argmax().item(), K)
assert (languages[i], languages[j]) == ("English", "German")  # the most frequent mistake
assert not {n.lower() for n in new_names} & {n.lower() for n in train_names + test_names}
probs = probabilities(new_names)
expected = ["Japanese", "Russian", "German", "English", "Italian", "Spanish", "French", "Chinese"]
hits = [languages[k] == e for k, e in zip(probs.argmax(dim=1).tolist(), expected, strict=True)]
assert sum(hits) >= 6  # measured: all 8
top3 = probs.topk(3).indices.tolist()
assert all(languages.index(e) in t for e, t in zip(expected, top3, strict=True))
almodovar = probs[new_names.index("Almodovar")]
assert almodovar.max() < 0.6  # a close call ...
assert {languages[k] for k in almodovar.topk(2).indices.tolist()} == {"Spanish", "French"}  # ... between these two
for name in ["Nakamoto", "Gorbachev", "Berlusconi", "Sheng"]:
    assert probs.max(dim=1).values[new_names.index(name)] > 0.9
# --8<-- [end:check]
