# Lambda layers, tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras` is tf-tf.keras.
# Each block is a complete script.

# --8<-- [start:tf_op]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
logs = tf.keras.layers.Lambda(lambda t: tf.math.log1p(t))(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(logs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:tf_op]

# --8<-- [start:closure]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
w = np.random.rand(64, 3).astype("float32")
y = (x * w).sum(axis=1, keepdims=True)

x_in = tf.keras.Input(shape=(3,), name="x")
w_in = tf.keras.Input(shape=(3,), name="w")
h = tf.keras.layers.Dense(3)(x_in)
tf.keras.layers.Lambda(lambda t: t * w_in)(h)  # w_in is not an input of the Lambda
# --8<-- [end:closure]

# --8<-- [start:list]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
w = np.random.rand(64, 3).astype("float32")
y = (x * w).sum(axis=1, keepdims=True)

x_in = tf.keras.Input(shape=(3,), name="x")
w_in = tf.keras.Input(shape=(3,), name="w")
h = tf.keras.layers.Dense(3)(x_in)
weighted = tf.keras.layers.Lambda(lambda ts: ts[0] * ts[1])([h, w_in])  # both tensors are inputs
model = tf.keras.Model([x_in, w_in], tf.keras.layers.Dense(1)(weighted))
print("called on arrays, the model returns:", type(model([x, w])).__name__)
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit([x, w], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:list]

# --8<-- [start:layer]
import numpy as np
import tensorflow as tf


class Weighted(tf.keras.layers.Layer):
    def call(self, inputs):
        features, weights = inputs
        return features * weights


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
w = np.random.rand(64, 3).astype("float32")
y = (x * w).sum(axis=1, keepdims=True)

x_in = tf.keras.Input(shape=(3,), name="x")
w_in = tf.keras.Input(shape=(3,), name="w")
h = tf.keras.layers.Dense(3)(x_in)
model = tf.keras.Model([x_in, w_in], tf.keras.layers.Dense(1)(Weighted()([h, w_in])))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit([x, w], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:layer]
