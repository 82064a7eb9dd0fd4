# Mixed precision, tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras` is tf-keras.
# Each block is a complete script, and sets the global dtype policy back to "float32" at its end:
# the policy is process-wide.

# --8<-- [start:dtypes]
import numpy as np
import tensorflow as tf

tf.keras.mixed_precision.set_global_policy("mixed_float16")  # every layer built from now on
seen = {}


def squared_error(y_true, y_pred):
    seen["y_true"], seen["y_pred"] = y_true.dtype.name, y_pred.dtype.name  # recorded when fit traces it
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
outputs = tf.keras.layers.Dense(1)(tf.keras.layers.Dense(8, activation="relu")(inputs))
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("model output:", model.outputs[0].dtype.name, "| optimizer:", type(model.optimizer).__name__)
print("the loss receives:", seen)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
tf.keras.mixed_precision.set_global_policy("float32")
# --8<-- [end:dtypes]

# --8<-- [start:large_errors]
import numpy as np
import tensorflow as tf

tf.keras.mixed_precision.set_global_policy("mixed_float16")


def squared_error(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = 100 * x.sum(axis=1, keepdims=True)  # errors of a few hundred: squares above float16's 65504
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(tf.keras.layers.Dense(8, activation="relu")(inputs)))
model.compile(optimizer="adam", loss=squared_error)
print("loss finite:", bool(np.isfinite(model.evaluate(x, y, verbose=0))))
tf.keras.mixed_precision.set_global_policy("float32")
# --8<-- [end:large_errors]

# --8<-- [start:float32_output]
import numpy as np
import tensorflow as tf

tf.keras.mixed_precision.set_global_policy("mixed_float16")


def squared_error(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(8, activation="relu")(inputs)  # float16 computations
outputs = tf.keras.layers.Dense(1, dtype="float32")(hidden)  # the output layer in float32
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("hidden:", hidden.dtype.name, "| model output:", outputs.dtype.name)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
tf.keras.mixed_precision.set_global_policy("float32")
# --8<-- [end:float32_output]
