# Runs with TF_USE_LEGACY_KERAS=1 (`tf.keras` is tf-keras), and on TensorFlow 2.3 and 2.5 (Python 3.8).
# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
x = np.random.default_rng(0).random((64, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)


def numpy_mse(y_true, y_pred):
    return np.mean((y_true.numpy() - y_pred.numpy()) ** 2)  # a NumPy number: no gradient


dense = tf.keras.layers.Dense(1, kernel_initializer="zeros")  # zeros: the message shows the weights
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), dense])
model.compile(optimizer="adam", loss=numpy_mse, run_eagerly=True)  # .numpy() works eagerly
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
x = np.random.default_rng(0).random((64, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)


def tf_mse(y_true, y_pred):
    return tf.reduce_mean((y_true - y_pred) ** 2)  # a tensor, connected to the weights


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=tf_mse, run_eagerly=True)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
