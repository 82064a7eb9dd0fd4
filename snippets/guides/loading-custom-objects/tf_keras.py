# Loading a model with custom objects, tf-keras (Keras 2): run with TF_USE_LEGACY_KERAS=1, so `tf.keras`
# is tf-keras. Each block is a complete script.

# --8<-- [start:unknown_loss]
import os
import tempfile

import numpy as np
import tensorflow as tf


def my_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

tf.keras.models.load_model(path)  # my_loss is defined in this script, and still not found
# --8<-- [end:unknown_loss]

# --8<-- [start:custom_objects]
import os
import tempfile

import numpy as np
import tensorflow as tf


def my_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
before = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = tf.keras.models.load_model(path, custom_objects={"my_loss": my_loss})
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
print("went on from the saved weights:", after[0] < before[0])
# --8<-- [end:custom_objects]

# --8<-- [start:register]
import os
import tempfile

import numpy as np
import tensorflow as tf


@tf.keras.saving.register_keras_serializable(package="my_losses")
def my_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


print(tf.keras.saving.get_registered_name(my_loss))
tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
before = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = tf.keras.models.load_model(path)  # found by its registered name
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
print("went on from the saved weights:", after[0] < before[0])
# --8<-- [end:register]

# --8<-- [start:compile_false]
import os
import tempfile

import numpy as np
import tensorflow as tf


def my_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = tf.keras.models.load_model(path, compile=False)  # the weights, no loss, no optimizer
print("predictions:", reloaded.predict(x[:2], verbose=0).shape)
reloaded.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)  # to train again
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:compile_false]

# --8<-- [start:unknown_metric]
import os
import tempfile

import numpy as np
import tensorflow as tf


class MeanAbsoluteError(tf.keras.metrics.Mean):
    def update_state(self, y_true, y_pred, sample_weight=None):
        return super().update_state(tf.abs(y_true - y_pred), sample_weight)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer="adam", loss="mean_squared_error", metrics=[MeanAbsoluteError(name="mae")])
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

tf.keras.models.load_model(path)
# --8<-- [end:unknown_metric]

# --8<-- [start:unknown_layer]
import os
import tempfile

import tensorflow as tf


class Scale(tf.keras.layers.Layer):
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


inputs = tf.keras.Input(shape=(3,), name="x")
outputs = tf.keras.layers.Dense(1, name="dense")(Scale(3.0, name="scale")(inputs))
model = tf.keras.Model(inputs, outputs)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

tf.keras.models.load_model(path)
# --8<-- [end:unknown_layer]

# --8<-- [start:layer_registered]
import os
import tempfile

import numpy as np
import tensorflow as tf


@tf.keras.saving.register_keras_serializable(package="my_layers")
class Scale(tf.keras.layers.Layer):
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(Scale(3.0)(inputs)))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = tf.keras.models.load_model(path)
print("factor restored:", reloaded.layers[1].factor)
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:layer_registered]

# --8<-- [start:not_serializable]
import os
import tempfile

import numpy as np
import tensorflow as tf


class Center(tf.keras.layers.Layer):
    def __init__(self, mean, **kwargs):
        super().__init__(**kwargs)
        self.mean = mean  # a NumPy array: Keras cannot write it into the config by itself

    def call(self, x):
        return x - self.mean


inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(Center(np.full(3, 0.5, "float32"))(inputs)))
model.save(os.path.join(tempfile.mkdtemp(), "model.keras"))
# --8<-- [end:not_serializable]

# --8<-- [start:get_config]
import os
import tempfile

import numpy as np
import tensorflow as tf


@tf.keras.saving.register_keras_serializable(package="my_layers")
class Center(tf.keras.layers.Layer):
    def __init__(self, mean, **kwargs):
        super().__init__(**kwargs)
        self.mean = np.asarray(mean, dtype="float32")  # from a list too, as get_config writes it

    def call(self, x):
        return x - self.mean

    def get_config(self):
        return {**super().get_config(), "mean": self.mean.tolist()}  # JSON-serializable values


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(Center(np.full(3, 0.5))(inputs)))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
before = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = tf.keras.models.load_model(path)
print("mean restored:", reloaded.layers[1].mean.tolist())
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
print("went on from the saved weights:", after[0] < before[0])
# --8<-- [end:get_config]

# --8<-- [start:lambda_safe_mode]
import os
import tempfile

import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
scaled = tf.keras.layers.Lambda(lambda t: t * 3.0)(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(scaled))
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

tf.keras.models.load_model(path)
# --8<-- [end:lambda_safe_mode]

# --8<-- [start:lambda_unsafe]
import os
import tempfile

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
scaled = tf.keras.layers.Lambda(lambda t: t * 3.0)(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(scaled))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = tf.keras.models.load_model(path, safe_mode=False)  # only for a file you trust
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:lambda_unsafe]

# --8<-- [start:lambda_registered]
import os
import tempfile

import tensorflow as tf


@tf.keras.saving.register_keras_serializable(package="my_functions")
def triple(t):
    return t * 3.0


inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(tf.keras.layers.Lambda(triple)(inputs)))
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

tf.keras.models.load_model(path)  # tf-keras saves the function's bytecode, registered or not
# --8<-- [end:lambda_registered]

# --8<-- [start:h5_unknown_loss]
import os
import tempfile

import numpy as np
import tensorflow as tf


def my_loss(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.h5")
model.save(path)  # the legacy HDF5 format (tf-keras warns)

tf.keras.models.load_model(path)
# --8<-- [end:h5_unknown_loss]

# --8<-- [start:h5_lambda]
import os
import tempfile

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = tf.keras.Input(shape=(3,))
scaled = tf.keras.layers.Lambda(lambda t: t * 3.0)(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(scaled))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.h5")
model.save(path)

reloaded = tf.keras.models.load_model(path)  # no safe_mode check: the lambda's bytecode runs
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:h5_lambda]
