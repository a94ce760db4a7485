# --8<-- [start:code]
import copy

import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

digits = load_digits()
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=360, stratify=y, random_state=0
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, stratify=y_rest, random_state=0
)
old = y_train < 5
X_old, y_old = X_train[old], y_train[old]  # the old task: digits 0-4
# the new task: digits 5-9 as classes 0-4, only 10 training images each
picked = torch.cat([(y_train == d).nonzero()[:10, 0] for d in range(5, 10)])
X_small, y_small = X_train[picked], y_train[picked] - 5
new_test = y_test >= 5
X_new_test, y_new_test = X_test[new_test], y_test[new_test] - 5


class ResidualBlock(nn.Module):  # as in the ResNet section
    def __init__(self, c_in, c_out, stride=1):
        super().__init__()
        self.f = nn.Sequential(
            nn.Conv2d(c_in, c_out, 3, stride, padding=1, bias=False),
            nn.BatchNorm2d(c_out),
            nn.ReLU(),
            nn.Conv2d(c_out, c_out, 3, padding=1, bias=False),
            nn.BatchNorm2d(c_out),
        )
        self.shortcut = nn.Identity()
        if stride != 1 or c_in != c_out:
            self.shortcut = nn.Sequential(
                nn.Conv2d(c_in, c_out, 1, stride, bias=False),
                nn.BatchNorm2d(c_out),
            )

    def forward(self, x):
        return torch.relu(self.f(x) + self.shortcut(x))


def backbone():  # the ResNet without its last Linear: (N, 64) features
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1, bias=False),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        ResidualBlock(16, 16),
        ResidualBlock(16, 32, stride=2),
        ResidualBlock(32, 64, stride=2),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
    )


def fit(model, params, X, y, steps, batch_size=128, seed=0):
    g = torch.Generator().manual_seed(seed)
    optimizer = torch.optim.Adam(params, lr=1e-2)
    for _ in range(steps):
        idx = torch.randperm(len(X), generator=g)[:batch_size]
        loss = F.cross_entropy(model(X[idx]), y[idx])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def accuracy(model, X, y):
    model.eval()
    with torch.inference_mode():
        return (model(X).argmax(dim=1) == y).float().mean().item()


# 1. pretrain a backbone with a 5-way head on digits 0-4
torch.manual_seed(0)
body = backbone()
pretrained = nn.Sequential(body, nn.Linear(64, 5)).train()
fit(pretrained, pretrained.parameters(), X_old, y_old, steps=40)
old_test = y_test < 5
print(
    f"old task (0-4): {len(X_old)} images, test accuracy "
    f"{accuracy(pretrained, X_test[old_test], y_test[old_test]):.3f}"
)

# 2. freezing the parameters is not enough: BatchNorm in train mode still
#    updates its running statistics
trial = copy.deepcopy(body).requires_grad_(False).train()
mean_before = trial[1].running_mean.clone()
with torch.no_grad():
    trial(X_small)
print(
    "requires_grad_(False), train mode: running_mean unchanged?",
    torch.equal(mean_before, trial[1].running_mean),
)


# 3. fine-tune: frozen backbone in eval mode, a new head for digits 5-9
def fine_tune(body, X, y):
    body.requires_grad_(False).eval()  # no gradients, running statistics
    torch.manual_seed(0)
    head = nn.Linear(64, 5)
    model = nn.Sequential(body, head)
    fit(model, head.parameters(), X, y, steps=100)  # only the head learns
    return model


saved = copy.deepcopy(body.state_dict())  # weights and BatchNorm buffers
tuned = fine_tune(body, X_small, y_small)
trainable = sum(p.numel() for p in tuned.parameters() if p.requires_grad)
print(
    f"trainable parameters: {trainable} of "
    f"{sum(p.numel() for p in tuned.parameters())}"
)
unchanged = all(torch.equal(v, body.state_dict()[k]) for k, v in saved.items())
print("backbone weights and statistics unchanged:", unchanged)

# 4. two baselines on the same 50 images: the same head on a frozen
#    random backbone, and a whole ResNet trained from scratch
torch.manual_seed(1)
random_body = fine_tune(backbone(), X_small, y_small)
torch.manual_seed(0)
scratch = nn.Sequential(backbone(), nn.Linear(64, 5)).train()
fit(scratch, scratch.parameters(), X_small, y_small, steps=100)

print(
    f"new task (5-9): {len(X_small)} training images, "
    f"{len(X_new_test)} test images"
)
acc = {}
for name, model in [
    ("pretrained backbone + new head", tuned),
    ("random backbone + new head", random_body),
    ("whole ResNet from scratch", scratch),
]:
    acc[name] = accuracy(model, X_new_test, y_new_test)
    print(f"  {name:31s} test accuracy {acc[name]:.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert len(X_old) == 577 and len(X_small) == 50 and len(X_new_test) == 180
assert torch.bincount(y_small).tolist() == [10] * 5
assert not torch.equal(mean_before, trial[1].running_mean)
assert trainable == 64 * 5 + 5
assert unchanged
fine, rand, scr = acc.values()
assert fine >= rand + 0.05, (fine, rand)  # pretrained beats random features
assert 0.6 <= fine <= 0.85, fine
assert scr >= fine + 0.05, (scr, fine)  # yet from scratch wins here
assert scr >= 0.85, scr
# --8<-- [end:check]
