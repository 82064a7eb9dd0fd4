# Loading a model with custom objects, Keras 3. Each block is a complete script.

# --8<-- [start:unknown_loss]
import os
import tempfile

import keras
import numpy as np


def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

keras.models.load_model(path)  # my_loss is defined in this script, and still not found
# --8<-- [end:unknown_loss]

# --8<-- [start:custom_objects]
import os
import tempfile

import keras
import numpy as np


def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
before = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = keras.models.load_model(path, custom_objects={"my_loss": my_loss})
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
print("went on from the saved weights:", after[0] < before[0])
# --8<-- [end:custom_objects]

# --8<-- [start:register]
import os
import tempfile

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="my_losses")
def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


print(keras.saving.get_registered_name(my_loss))
keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
before = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = keras.models.load_model(path)  # found by its registered name
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
print("went on from the saved weights:", after[0] < before[0])
# --8<-- [end:register]

# --8<-- [start:compile_false]
import os
import tempfile

import keras
import numpy as np


def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = keras.models.load_model(path, compile=False)  # the weights, no loss, no optimizer
print("predictions:", reloaded.predict(x[:2], verbose=0).shape)
reloaded.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)  # to train again
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:compile_false]

# --8<-- [start:unknown_metric]
import os
import tempfile

import keras
import numpy as np


class MeanAbsoluteError(keras.metrics.Mean):
    def update_state(self, y_true, y_pred, sample_weight=None):
        return super().update_state(keras.ops.abs(y_true - y_pred), sample_weight)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer="adam", loss="mean_squared_error", metrics=[MeanAbsoluteError(name="mae")])
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

keras.models.load_model(path)
# --8<-- [end:unknown_metric]

# --8<-- [start:unknown_layer]
import os
import tempfile

import keras


class Scale(keras.layers.Layer):
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


inputs = keras.Input(shape=(3,), name="x")
outputs = keras.layers.Dense(1, name="dense")(Scale(3.0, name="scale")(inputs))
model = keras.Model(inputs, outputs)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

try:
    keras.models.load_model(path)
except TypeError as error:  # its middle part, the model's config, is long
    first, *_, last = str(error).splitlines()
    print("TypeError:", first)
    print(last.split(". ")[0])
# --8<-- [end:unknown_layer]

# --8<-- [start:layer_registered]
import os
import tempfile

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="my_layers")
class Scale(keras.layers.Layer):
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(Scale(3.0)(inputs)))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = keras.models.load_model(path)
print("factor restored:", reloaded.layers[1].factor)
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:layer_registered]

# --8<-- [start:not_serializable]
import os
import tempfile

import keras
import numpy as np


class Center(keras.layers.Layer):
    def __init__(self, mean, **kwargs):
        super().__init__(**kwargs)
        self.mean = mean  # a NumPy array: Keras cannot write it into the config by itself

    def call(self, x):
        return x - self.mean


inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(Center(np.full(3, 0.5, "float32"))(inputs)))
model.save(os.path.join(tempfile.mkdtemp(), "model.keras"))
# --8<-- [end:not_serializable]

# --8<-- [start:get_config]
import os
import tempfile

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="my_layers")
class Center(keras.layers.Layer):
    def __init__(self, mean, **kwargs):
        super().__init__(**kwargs)
        self.mean = np.asarray(mean, dtype="float32")  # from a list too, as get_config writes it

    def call(self, x):
        return x - self.mean

    def get_config(self):
        return {**super().get_config(), "mean": self.mean.tolist()}  # JSON-serializable values


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(Center(np.full(3, 0.5))(inputs)))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
before = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = keras.models.load_model(path)
print("mean restored:", reloaded.layers[1].mean.tolist())
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
print("went on from the saved weights:", after[0] < before[0])
# --8<-- [end:get_config]

# --8<-- [start:lambda_safe_mode]
import os
import tempfile

import keras

inputs = keras.Input(shape=(3,))
scaled = keras.layers.Lambda(lambda t: t * 3.0)(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(scaled))
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

keras.models.load_model(path)
# --8<-- [end:lambda_safe_mode]

# --8<-- [start:lambda_unsafe]
import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
scaled = keras.layers.Lambda(lambda t: t * 3.0)(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(scaled))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = keras.models.load_model(path, safe_mode=False)  # only for a file you trust
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:lambda_unsafe]

# --8<-- [start:lambda_registered]
import os
import tempfile

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="my_functions")
def triple(t):
    return t * 3.0


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(keras.layers.Lambda(triple)(inputs)))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mean_squared_error")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)

reloaded = keras.models.load_model(path)  # safe mode: the function is saved by its name
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:lambda_registered]

# --8<-- [start:no_extension]
import keras

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.save("model")  # no file is written: the path is refused first
# --8<-- [end:no_extension]

# --8<-- [start:h5_unknown_loss]
import os
import tempfile

import keras
import numpy as np


def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.h5")
model.save(path)  # the legacy HDF5 format (Keras logs a warning)

keras.models.load_model(path)
# --8<-- [end:h5_unknown_loss]

# --8<-- [start:h5_custom_objects]
import os
import tempfile

import keras
import numpy as np


def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1, name="dense")(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.h5")
model.save(path)

reloaded = keras.models.load_model(path, custom_objects={"my_loss": my_loss})  # loads
reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0)  # but its optimizer is refused
# --8<-- [end:h5_custom_objects]

# --8<-- [start:h5_compile_false]
import os
import tempfile

import keras
import numpy as np


def my_loss(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.h5")
model.save(path)

reloaded = keras.models.load_model(path, compile=False)
reloaded.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=my_loss)
after = reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(after).all()), "| decreased:", after[-1] < after[0])
# --8<-- [end:h5_compile_false]

# --8<-- [start:h5_lambda]
import os
import tempfile

import keras

inputs = keras.Input(shape=(3,))
scaled = keras.layers.Lambda(lambda t: t * 3.0)(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(scaled))
path = os.path.join(tempfile.mkdtemp(), "model.h5")
model.save(path)

keras.models.load_model(path)  # the legacy loader checks safe_mode too
# --8<-- [end:h5_lambda]
