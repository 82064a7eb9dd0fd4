# --8<-- [start:tf_op]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
squared = tf.square(inputs)  # no error: tf-keras wraps the op in a TFOpLambda layer
features = tf.keras.layers.Concatenate()([inputs, squared])
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(features))
model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
print([type(layer).__name__ for layer in model.layers])
# --8<-- [end:tf_op]


# --8<-- [start:python_if]
class ClipLarge(tf.keras.layers.Layer):
    def call(self, h):
        if tf.reduce_max(h) > 10.0:  # AutoGraph turns this `if` into tf.cond
            return tf.clip_by_value(h, -10.0, 10.0)
        return h


inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(ClipLarge()(inputs)))
model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
print("finite:", bool(np.isfinite(history.history["loss"]).all()))
# --8<-- [end:python_if]

# --8<-- [start:types]
import keras
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras
import tf_keras

print(type(tf.keras.Input(shape=(3,))))
print("TensorFlow", tf.__version__, "| keras", keras.__version__)  # `import keras` is still Keras 3
print("tf.keras is", tf.keras.__name__, getattr(tf.keras, "__version__", "(no __version__)"))
print("tf_keras", tf_keras.__version__)
# --8<-- [end:types]
