# --8<-- [start:code]
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn

# 1. The smoothed target, by hand and by the library
torch.manual_seed(0)
eps, K = 0.1, 5
logits, y = torch.randn(3, K), torch.tensor([0, 3, 4])
q = (1 - eps) * F.one_hot(y, K) + eps / K
print("smoothed targets:\n", q)
by_hand = -(q * logits.log_softmax(dim=1)).sum(dim=1).mean()
library = nn.CrossEntropyLoss(label_smoothing=eps)(logits, y)
print(
    f"by hand {by_hand:.6f}  library {library:.6f}  "
    f"plain CE {F.cross_entropy(logits, y):.6f}"
)

# 2. Effect on a trained model's confidence
digits = load_digits()
X_rest, X_test, y_rest, y_test = train_test_split(
    digits.data,
    digits.target,
    test_size=360,
    random_state=0,
    stratify=digits.target,
)
X_train, X_val, y_train, y_val = train_test_split(
    X_rest, y_rest, test_size=288, random_state=0, stratify=y_rest
)
scaler = StandardScaler().fit(X_train)
X_train, X_val = (
    torch.tensor(scaler.transform(a), dtype=torch.float32)
    for a in (X_train, X_val)
)
y_train, y_val = torch.tensor(y_train), torch.tensor(y_val)

results = {}
for smoothing in (0.0, 0.1):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))
    loss_fn = nn.CrossEntropyLoss(label_smoothing=smoothing)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(150):  # full batch on all 1149 training samples
        optimizer.zero_grad()
        loss_fn(model(X_train), y_train).backward()
        optimizer.step()
    with torch.inference_mode():
        probs = model(X_val).softmax(dim=1)
        max_prob = probs.max(dim=1).values.mean().item()
        acc = (probs.argmax(dim=1) == y_val).float().mean().item()
        val_ce = F.cross_entropy(model(X_val), y_val).item()
    results[smoothing] = (max_prob, acc, val_ce)
    print(
        f"label_smoothing={smoothing}: mean max-probability {max_prob:.3f}"
        f", val accuracy {acc:.3f}, val cross-entropy {val_ce:.3f}"
    )
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(q.sum(dim=1), torch.ones(3))
assert torch.allclose(q.max(dim=1).values, torch.full((3,), 1 - eps + eps / K))
assert torch.allclose(by_hand, library, atol=1e-6)
assert torch.allclose(F.cross_entropy(logits, q), library, atol=1e-6)
assert not torch.allclose(library, F.cross_entropy(logits, y), atol=1e-3)
(p0, a0, ce0), (p1, a1, ce1) = results[0.0], results[0.1]
assert p0 > 0.95  # plain cross-entropy: nearly certain
assert p1 < p0 - 0.04  # smoothing: less confident...
assert p1 < 1 - 0.1 + 0.1 / 10 + 0.01  # ...near the 0.91 its target asks for
assert abs(a1 - a0) < 0.025 and a0 > 0.94 and a1 > 0.94
# --8<-- [end:check]
