# NumPy in and next to a loss, tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras` is
# tf-keras. Each block is a complete script.

# --8<-- [start:numpy_loss]
import numpy as np
import tensorflow as tf

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def numpy_loss(y_true, y_pred):
    return np.mean(np.square(y_true - y_pred), axis=-1)  # NumPy on the batch's tensors


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=numpy_loss)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:numpy_loss]

# --8<-- [start:numpy_function_gradient]
import numpy as np
import tensorflow as tf

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def numpy_squared_error(y_true, y_pred):
    return np.mean(np.square(y_true - y_pred), axis=-1)


def wrapped_loss(y_true, y_pred):
    loss = tf.numpy_function(numpy_squared_error, [y_true, y_pred], tf.float32)
    loss.set_shape(y_pred.shape[:-1])  # one value per sample: (batch,)
    return loss


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=wrapped_loss)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:numpy_function_gradient]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y_true, y_pred):  # np.mean -> tf.reduce_mean, np.square -> tf.square
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:callback]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(256, 4).astype("float32")
y = (x[:, 0] + 0.3 * np.random.rand(256) > 0.6).astype("float32")
x_val, y_val = x[192:], y[192:]


def roc_auc(labels, scores):  # NumPy: the rank (Mann-Whitney) form of the ROC AUC, no ties
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores)] = np.arange(1, len(scores) + 1)
    positive = labels == 1
    n_pos, n_neg = positive.sum(), (~positive).sum()
    return (ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


class NumpyMetric(tf.keras.callbacks.Callback):
    """After each epoch: predict the validation set, compute the metric on NumPy arrays."""

    def on_epoch_end(self, epoch, logs=None):
        scores = self.model.predict(x_val, verbose=0)[:, 0]  # a NumPy array
        logs["val_auc"] = float(roc_auc(y_val, scores))  # History records it with the epoch


model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="binary_crossentropy")
history = model.fit(x[:192], y[:192], epochs=3, batch_size=32, verbose=0, callbacks=[NumpyMetric()])
losses, auc = history.history["loss"], history.history["val_auc"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print("val_auc per epoch:", len(auc), "| better than chance:", auc[-1] > 0.5)
# --8<-- [end:callback]
