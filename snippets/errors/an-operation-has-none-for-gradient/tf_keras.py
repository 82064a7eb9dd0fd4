# Runs with TF_USE_LEGACY_KERAS=1: `tf.keras` is tf-keras (Keras 2).
# --8<-- [start:reproduce]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 1.5).astype("float32")


def rounded_error(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_true - tf.keras.backend.round(y_pred)), axis=-1)  # K.round: no gradient


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="sgd", loss=rounded_error)
model.fit(x, y, epochs=5, batch_size=16, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 1.5).astype("float32")


def rounded_accuracy(y_true, y_pred):
    return tf.reduce_mean(tf.cast(tf.equal(y_true, tf.round(y_pred)), "float32"), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=[rounded_accuracy])
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print(sorted(history.history))
# --8<-- [end:fix]

# --8<-- [start:graph_mode]
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()  # TensorFlow 1 graph mode, as Keras 2.2 ran
x = np.random.rand(64, 3).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 1.5).astype("float32")


def rounded_error(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_true - tf.keras.backend.round(y_pred)), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="sgd", loss=rounded_error)
model.fit(x, y, epochs=5, batch_size=16, verbose=0)
# --8<-- [end:graph_mode]

# --8<-- [start:optimizer_v1]
import numpy as np
import tensorflow as tf
from tf_keras.src.optimizers import optimizer_v1  # the Keras 2 optimizers: kept, not exported

tf.compat.v1.disable_eager_execution()  # get_gradients runs in TensorFlow 1 graph mode only
x = np.random.rand(64, 3).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 1.5).astype("float32")


def rounded_error(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_true - tf.keras.backend.round(y_pred)), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer=optimizer_v1.SGD(), loss=rounded_error)
model.fit(x, y, epochs=5, batch_size=16, verbose=0)
# --8<-- [end:optimizer_v1]
