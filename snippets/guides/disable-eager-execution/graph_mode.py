# --8<-- [start:keras3]
import tensorflow as tf

tf.compat.v1.disable_eager_execution()  # changes this whole process: run it in its own
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))  # builds: no TensorFlow op yet
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
print("eager:", tf.executing_eagerly(), "| model built:", model.built)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:keras3]

# --8<-- [start:jax]
import tensorflow as tf

tf.compat.v1.disable_eager_execution()  # TensorFlow's setting; Keras 3 on JAX or PyTorch does not use it
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("TensorFlow eager:", tf.executing_eagerly(), "| backend:", keras.backend.backend())
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:jax]

# --8<-- [start:tf_keras_adam]
import tensorflow as tf

tf.compat.v1.disable_eager_execution()  # changes this whole process: run it in its own
import numpy as np

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mse")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:tf_keras_adam]

# --8<-- [start:tf_keras_trains]
import tensorflow as tf

tf.compat.v1.disable_eager_execution()  # changes this whole process: run it in its own
import numpy as np

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4)(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(hidden))
print("TF1 training loop:", "training_v1" in type(model).__mro__[1].__module__)


def loss(y_true, y_pred):  # the old idiom: a loss that closes over a layer's output
    return tf.reduce_mean(tf.square(y_true - y_pred)) + 0.01 * tf.reduce_mean(tf.square(hidden))


model.compile(optimizer=tf.keras.optimizers.legacy.Adam(learning_rate=0.05), loss=loss)
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
print("K.gradients works again:", tf.keras.backend.gradients(model.output, model.input)[0].shape)
# --8<-- [end:tf_keras_trains]

# --8<-- [start:tf_keras_costs]
import tensorflow as tf

tf.compat.v1.disable_eager_execution()  # changes this whole process: run it in its own
try:
    tf.constant([1.0]).numpy()
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
tf.compat.v1.enable_eager_execution()  # too late to switch back
# --8<-- [end:tf_keras_costs]
