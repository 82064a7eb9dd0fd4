# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])


def mean_absolute_error_np(y_true, y_pred):
    return np.mean(np.abs(y_true.numpy() - y_pred.numpy()))


model.compile(optimizer="adam", loss=mean_absolute_error_np)
x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
model.fit(x, y, epochs=2, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf


def mean_absolute_error(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_true - y_pred))  # TensorFlow ops: they run inside the graph


tf.random.set_seed(0)
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=mean_absolute_error)
x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]
