# tf-keras (Keras 2) blocks of docs/errors/graph-tensors.md: they run with TF_USE_LEGACY_KERAS=1, so
# `tf.keras` is tf-keras, as one script.

# --8<-- [start:print_in_loss]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def mse_with_print(y_true, y_pred):
    print("print:", y_pred)
    return tf.reduce_mean((y_true - y_pred) ** 2)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=mse_with_print)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:print_in_loss]
