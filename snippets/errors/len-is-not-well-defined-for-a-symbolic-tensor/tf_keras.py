# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def mean_squared(y_true, y_pred):
    return tf.reduce_sum(tf.square(y_true - y_pred)) / len(y_pred)  # AutoGraph converts len


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss=mean_squared)
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:reproduce]

# --8<-- [start:no_autograph]
import tensorflow as tf


@tf.function(autograph=False)  # as Keras 3 traces a loss: no AutoGraph
def batch_size(y_pred):
    return len(y_pred)


batch_size(tf.zeros((16, 1)))
# --8<-- [end:no_autograph]
