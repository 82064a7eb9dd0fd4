# Runs with TF_USE_LEGACY_KERAS=1 (`tf.keras` is tf-keras), and on TensorFlow 2.3 and 2.5 (Python 3.8).
# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
x = np.random.default_rng(0).random((64, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
loss_weight = None  # meant to be read from a config


def weighted_mse(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred)) * loss_weight


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=weighted_mse)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:eager]
import tensorflow as tf

loss_weight = None
print(tf.executing_eagerly())  # no tf.function here: TensorFlow runs each op at once
tf.constant(0.5) * loss_weight
# --8<-- [end:eager]
