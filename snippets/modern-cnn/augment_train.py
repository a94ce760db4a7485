# --8<-- [start:code]
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


def random_shift(x, generator):  # +-1 pixel, as in the previous example
    n, _, h, w = x.shape
    padded = F.pad(x, (1, 1, 1, 1))
    rows = torch.randint(0, 3, (n, 1, 1), generator=generator)
    cols = torch.randint(0, 3, (n, 1, 1), generator=generator)
    rows = rows + torch.arange(h).view(1, h, 1)
    cols = cols + torch.arange(w).view(1, 1, w)
    i = torch.arange(n).view(n, 1, 1)
    return padded[i, :, rows, cols].permute(0, 3, 1, 2)


def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1),
        nn.BatchNorm2d(32),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(32 * 2 * 2, 10),
    )


def accuracy(model, X, y):
    model.eval()
    with torch.inference_mode():
        return (model(X).argmax(dim=1) == y).float().mean().item()


def train(augment, seed, epochs=12):
    torch.manual_seed(seed)
    g = torch.Generator().manual_seed(seed)
    model = lenet()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(X_train), generator=g).split(128):
            xb = X_train[idx]
            if augment:  # a fresh shift for every image, every epoch
                xb = random_shift(xb, g)
            loss = F.cross_entropy(model(xb), y_train[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return model


# the test digits again, each moved by a random +-1 pixel shift
X_test_shifted = random_shift(X_test, torch.Generator().manual_seed(100))
results = {}
for augment in (False, True):
    accs = []
    for seed in range(3):
        model = train(augment, seed)
        accs.append(
            [
                accuracy(model, X_val, y_val),
                accuracy(model, X_test, y_test),
                accuracy(model, X_test_shifted, y_test),
            ]
        )
    results[augment] = torch.tensor(accs)  # (seeds, 3)

print("accuracy over 3 seeds: mean (min-max)")
print(f"{'':18s} {'val':19s} {'test':19s} shifted test")
for augment, accs in results.items():
    cells = [
        f"{m:.3f} ({lo:.3f}-{hi:.3f})"
        for m, lo, hi in zip(
            accs.mean(0), accs.min(0).values, accs.max(0).values, strict=True
        )
    ]
    print(f"{'with shifts' if augment else 'no shifts':<18s}", *cells)
# --8<-- [end:code]

# --8<-- [start:check]
plain, shifted = results[False].mean(0), results[True].mean(0)
assert plain[1] >= 0.975 and shifted[1] >= 0.955  # both fine on clean test
assert shifted[1] <= plain[1] + 0.005  # no gain on centred test digits
assert plain[1] - shifted[1] <= 0.03  # at most a little worse
assert 0.55 <= plain[2] <= 0.75  # the plain model: about a third wrong
assert shifted[2] >= plain[2] + 0.2  # augmentation fixes that
assert shifted[2] >= 0.92
# --8<-- [end:check]
