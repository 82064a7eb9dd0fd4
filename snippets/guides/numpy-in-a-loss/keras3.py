# NumPy next to a loss, Keras 3. keras.ops only: each block runs on TensorFlow, JAX and PyTorch.
# Each block is a complete script.

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y_true, y_pred):  # np.mean -> keras.ops.mean, np.square -> keras.ops.square
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:callback]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(256, 4).astype("float32")
y = (x[:, 0] + 0.3 * np.random.rand(256) > 0.6).astype("float32")
x_val, y_val = x[192:], y[192:]


def roc_auc(labels, scores):  # NumPy: the rank (Mann-Whitney) form of the ROC AUC, no ties
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores)] = np.arange(1, len(scores) + 1)
    positive = labels == 1
    n_pos, n_neg = positive.sum(), (~positive).sum()
    return (ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


class NumpyMetric(keras.callbacks.Callback):
    """After each epoch: predict the validation set, compute the metric on NumPy arrays."""

    def on_epoch_end(self, epoch, logs=None):
        scores = self.model.predict(x_val, verbose=0)[:, 0]  # a NumPy array
        logs["val_auc"] = float(roc_auc(y_val, scores))  # History records it with the epoch


model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="binary_crossentropy")
history = model.fit(x[:192], y[:192], epochs=3, batch_size=32, verbose=0, callbacks=[NumpyMetric()])
losses, auc = history.history["loss"], history.history["val_auc"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print("val_auc per epoch:", len(auc), "| better than chance:", auc[-1] > 0.5)
# --8<-- [end:callback]
