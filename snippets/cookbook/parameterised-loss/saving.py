# --8<-- [start:function_reload]
import os
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
folder = tempfile.TemporaryDirectory()  # removed when the interpreter exits


def squared_error(y_true, y_pred):  # a plain module-level function: no closure, no parameter
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
saved = os.path.join(folder.name, "model.keras")
model.save(saved)  # saving works: the file names the function, "squared_error"
keras.saving.load_model(saved)
# --8<-- [end:function_reload]


# --8<-- [start:custom_objects]
def check_training(history):
    losses = history.history["loss"]
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])


reloaded = keras.saving.load_model(saved, custom_objects={"squared_error": squared_error})
print("loss is the function:", reloaded.loss is squared_error)
steps = [int(keras.ops.convert_to_numpy(m.optimizer.iterations)) for m in (model, reloaded)]
print("optimizer steps, saved and reloaded:", *steps)
check_training(reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:custom_objects]

# --8<-- [start:compile_false]
reloaded = keras.saving.load_model(saved, compile=False)  # architecture and weights only
print("compiled:", reloaded.compiled)
reloaded.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)  # a new optimizer
check_training(reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:compile_false]


# --8<-- [start:register]
@keras.saving.register_keras_serializable(package="cookbook")  # register before saving
def squared_error(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


print("registered as:", keras.saving.get_registered_name(squared_error))
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
registered = os.path.join(folder.name, "registered.keras")
model.save(registered)

reloaded = keras.saving.load_model(registered)  # no custom_objects
print("loss is the function:", reloaded.loss is squared_error)
same = np.isclose(reloaded.evaluate(x, y, verbose=0), model.evaluate(x, y, verbose=0))
print("evaluate gives the same loss:", bool(same))
# --8<-- [end:register]
