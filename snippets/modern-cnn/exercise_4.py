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


def train(flip, epochs=8):
    torch.manual_seed(0)
    g = torch.Generator().manual_seed(0)
    model = nn.Sequential(
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
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(X_train), generator=g).split(128):
            xb = X_train[idx]
            if flip:  # mirror a random half of the batch left-right
                mask = torch.rand(len(xb), generator=g) < 0.5
                xb = torch.where(mask.view(-1, 1, 1, 1), xb.flip(dims=[3]), xb)
            loss = F.cross_entropy(model(xb), y_train[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.inference_mode():
        pred = model(X_test).argmax(dim=1)
    return (pred == y_test).float().mean().item()


acc_plain = train(flip=False)
acc_flip = train(flip=True)
print(f"test accuracy, no augmentation:    {acc_plain:.3f}")
print(f"test accuracy, random left-right flips: {acc_flip:.3f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert acc_plain >= 0.975
assert 0.01 <= acc_plain - acc_flip <= 0.05, (acc_flip, acc_plain)
# --8<-- [end:check]
