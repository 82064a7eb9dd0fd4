# --8<-- [start:reductions]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

y_true = np.zeros((4, 1), "float32")
y_pred = np.array([[1.0], [2.0], [3.0], [4.0]], "float32")
weights = np.array([1.0, 1.0, 0.5, 0.5], "float32")
losses = ((y_true - y_pred) ** 2).mean(axis=-1)  # per-sample squared errors: 1, 4, 9, 16
weighted_sum = (weights * losses).sum()
print("by hand: sum(w * loss) =", weighted_sum, "| batch size =", len(losses), "| sum(w) =", weights.sum())
print("reductions:", sorted(tf.keras.losses.Reduction.all()))
for reduction in ("sum_over_batch_size", "sum"):
    loss = tf.keras.losses.MeanSquaredError(reduction=reduction)
    print(f"{reduction}: {float(loss(y_true, y_pred, sample_weight=weights)):.4f}")
summed = tf.keras.losses.MeanSquaredError(reduction="sum")(y_true, y_pred, sample_weight=weights)
print("sum / sum(w), by hand:", f"{float(summed) / weights.sum():.4f}")
# --8<-- [end:reductions]

# --8<-- [start:no_such_reduction]
tf.keras.losses.MeanSquaredError(reduction="mean_with_sample_weight")
# --8<-- [end:no_such_reduction]
