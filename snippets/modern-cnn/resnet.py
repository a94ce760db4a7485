# --8<-- [start:code]
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()
# pixels / 16: values in [0, 1], shape (N, 1, 8, 8)
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=360, stratify=y, random_state=0
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, stratify=y_rest, random_state=0
)

device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()


class ResidualBlock(nn.Module):
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


def resnet():
    return nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1, bias=False),  # stem: 16 x 8 x 8
        nn.BatchNorm2d(16),
        nn.ReLU(),
        ResidualBlock(16, 16),  # 16 x 8 x 8
        ResidualBlock(16, 32, stride=2),  # 32 x 4 x 4
        ResidualBlock(32, 64, stride=2),  # 64 x 2 x 2
        nn.AdaptiveAvgPool2d(1),  # 64 x 1 x 1: global average pooling
        nn.Flatten(),
        nn.Linear(64, 10),
    )


def lenet():  # the network of the CNN chapter
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
    model.eval()  # BatchNorm: running statistics
    with torch.inference_mode():
        pred = model(X.to(device)).argmax(dim=1).cpu()
    return (pred == y).float().mean().item()


def train(model, epochs=8):
    loader = DataLoader(
        TensorDataset(X_train, y_train),
        batch_size=128,
        shuffle=True,
        generator=torch.Generator().manual_seed(0),
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss_fn = nn.CrossEntropyLoss()
    val = []
    for _ in range(epochs):
        model.train()  # BatchNorm: batch statistics
        for xb, yb in loader:
            loss = loss_fn(model(xb.to(device)), yb.to(device))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        val.append(accuracy(model, X_val, y_val))
    return val


results = {}
for name, build in [("LeNet", lenet), ("ResNet", resnet)]:
    torch.manual_seed(0)
    model = build().to(device)
    val = train(model)
    test = accuracy(model, X_test, y_test)  # once, at the end
    params = sum(p.numel() for p in model.parameters())
    results[name] = (val, test, params)
    print(f"{name:6s} parameters {params}")
    print("  val accuracy per epoch:", " ".join(f"{a:.3f}" for a in val))
    print(f"  test accuracy {test:.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert X_train.shape == (1149, 1, 8, 8) and X_test.shape == (360, 1, 8, 8)
(val_l, test_l, params_l), (val_r, test_r, params_r) = results.values()
assert params_l == 6186
assert 0.975 <= test_l <= 0.995, test_l
assert 0.97 <= test_r <= 1.0, test_r
assert params_r > 10 * params_l  # over ten times the parameters ...
assert 12 < params_r / params_l < 13
assert round(abs(test_r - test_l) * 360) <= 4  # a few test images apart
assert val_r[0] >= 0.85 and val_l[0] <= 0.8  # but a much better first epoch
assert max(val_r) >= 0.96 and max(val_l) >= 0.96
# --8<-- [end:check]
