# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch

t = torch.arange(6).reshape(2, 3)
views = {"t = arange(6).reshape(2, 3)": t, "t.T (a view: same memory)": t.T}

fig, axes = plt.subplots(1, 2, figsize=(9, 4))
for ax, (title, v) in zip(axes, views.items()):
    rows, cols = v.shape
    # the tensor as the reader sees it
    for r in range(rows):
        for c in range(cols):
            ax.add_patch(
                plt.Rectangle(
                    (c + 1.5 - cols / 2, 4 - r),
                    1,
                    1,
                    facecolor="#fde0c5",
                    edgecolor="black",
                )
            )
            ax.text(
                c + 2 - cols / 2,
                4.5 - r,
                str(v[r, c].item()),
                ha="center",
                va="center",
            )
    # the memory underneath, and the order in which the view walks through it
    for i in range(6):
        ax.add_patch(
            plt.Rectangle(
                (i - 1.5, -1), 1, 1, facecolor="#c6dbef", edgecolor="black"
            )
        )
        ax.text(i - 1, -0.5, str(i), ha="center", va="center")
    # element values equal their memory offsets here
    order = v.flatten().tolist()
    for a, b in zip(order, order[1:]):
        ax.annotate(
            "",
            xy=(b - 1, 0.05),
            xytext=(a - 1, 0.05),
            arrowprops={
                "arrowstyle": "->",
                "color": "tab:red",
                "connectionstyle": "arc3,rad=-0.45",
            },
        )
    ax.text(
        1.5,
        -1.3,
        f"memory, stride = {v.stride()}",
        ha="center",
        va="top",
        fontsize=9,
    )
    ax.set_title(f"{title}\ncontiguous: {v.is_contiguous()}", fontsize=10)
    ax.set_xlim(-2, 5)
    ax.set_ylim(-2, 5.2)
    ax.set_aspect("equal")
    ax.axis("off")
fig.suptitle(
    "Strides map positions to memory; red arrows follow the row-major order"
)
fig.tight_layout()
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert t.T.flatten().tolist() == [0, 3, 1, 4, 2, 5]
# --8<-- [end:check]
