# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
digits = load_digits()  # 1797 greyscale 8x8 digits, pixel values 0..16
# (N, 1, 8, 8)
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
# the book's split: 1149 train / 288 validation / 360 test, stratified
X_rest, X_test, y_rest, y_test = train_test_split(
    X, y, test_size=360, stratify=y, random_state=0
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, stratify=y_rest, random_state=0
)
loader = DataLoader(
    TensorDataset(X_train, y_train),
    batch_size=128,
    shuffle=True,
    generator=torch.Generator().manual_seed(0),
)

device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()

model = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1),  # 16 x 8 x 8
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.MaxPool2d(2),  # 16 x 4 x 4
    nn.Conv2d(16, 32, kernel_size=3, padding=1),  # 32 x 4 x 4
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.MaxPool2d(2),  # 32 x 2 x 2
    nn.Flatten(),
    nn.Linear(32 * 2 * 2, 10),
).to(device)
print("parameters:", sum(p.numel() for p in model.parameters()))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
loss_fn = nn.CrossEntropyLoss()

losses, accuracies = [], []
for epoch in range(8):
    model.train()  # BatchNorm uses batch statistics
    total = 0.0
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        loss = loss_fn(model(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)
    model.eval()  # BatchNorm uses its running statistics
    with torch.no_grad():
        pred = model(X_val.to(device)).argmax(dim=1).cpu()
    losses.append(total / len(X_train))
    accuracies.append((pred == y_val).float().mean().item())
    loss, accuracy = losses[-1], accuracies[-1]
    print(f"epoch {epoch + 1:2d}  loss {loss:.4f}  val accuracy {accuracy:.4f}")

with torch.no_grad():  # the test set, once, at the very end
    pred = model(X_test.to(device)).argmax(dim=1).cpu()
test_accuracy = (pred == y_test).float().mean().item()
print(f"test accuracy {test_accuracy:.4f}")

# Figure 1: learning curves
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3))
epochs = range(1, len(losses) + 1)
ax1.plot(epochs, losses, marker="o")
ax1.set(
    xlabel="epoch", ylabel="cross-entropy", yscale="log", title="Training loss"
)
ax2.plot(epochs, accuracies, marker="o", color="tab:green")
ax2.set(xlabel="epoch", ylabel="accuracy", title="Validation accuracy")
fig.tight_layout()

# Figure 2: the 16 learned 3x3 kernels of the first layer, and what they
# make of one digit
kernels = model[0].weight.detach().cpu()[:, 0]  # (16, 3, 3)
with torch.no_grad():
    # conv -> BatchNorm -> ReLU: (16, 8, 8)
    maps = model[:3](X_test[:1].to(device))[0].cpu()
fig, axes = plt.subplots(4, 9, figsize=(5.6, 3.4))
vmax = kernels.abs().max().item()
for i in range(16):
    # kernels on rows 0 and 2, their feature maps below
    row, col = 2 * (i // 8), 1 + i % 8
    axes[row, col].imshow(
        kernels[i].numpy(), cmap="coolwarm", vmin=-vmax, vmax=vmax
    )
    axes[row + 1, col].imshow(maps[i].numpy(), cmap="gray_r")
for row in (1, 3):  # the input digit at the start of each row of feature maps
    axes[row, 0].imshow(X_test[0, 0].numpy(), cmap="gray_r")
    axes[row, 0].set_title("input", fontsize=8)
for ax in axes.flat:
    ax.axis("off")
fig.suptitle(
    "First-layer kernels (red +, blue -) with their feature maps below"
)
fig.tight_layout()

# Figure 3: the test digits the model gets wrong
wrong = (pred != y_test).nonzero().flatten()
fig, axes = plt.subplots(
    1, len(wrong), figsize=(max(4, 1.2 * len(wrong)), 1.8), squeeze=False
)
for ax, i in zip(axes[0], wrong, strict=True):
    ax.imshow(X_test[i, 0].numpy(), cmap="gray_r")
    ax.set_title(f"pred {pred[i].item()}, true {y_test[i].item()}", fontsize=8)
    ax.axis("off")
fig.suptitle(
    f"Misclassified test digits ({len(wrong)} of {len(y_test)})", fontsize=10
)
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert X_train.shape == (1149, 1, 8, 8) and X_val.shape == (288, 1, 8, 8)
assert X_test.shape == (360, 1, 8, 8)
assert accuracies[-1] >= 0.96, accuracies  # the page: validation about 0.98
assert 0.975 <= test_accuracy <= 0.995, test_accuracy  # the page: about 0.985
assert losses[-1] < losses[0] / 5
assert len(wrong) == round((1 - test_accuracy) * len(y_test))
assert len(wrong) <= 9  # a handful of the 360 test digits
assert sum(p.numel() for p in model.parameters()) == 6186
# the validation curve is not monotone
assert any(b < a for a, b in zip(accuracies[:-1], accuracies[1:], strict=True))
# --8<-- [end:check]
