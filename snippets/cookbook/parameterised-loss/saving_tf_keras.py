# --8<-- [start:function_reload]
import os
import tempfile

import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
folder = tempfile.TemporaryDirectory()  # removed when the interpreter exits


def squared_error(y_true, y_pred):  # a plain module-level function: no closure, no parameter
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
saved = os.path.join(folder.name, "model.h5")
model.save(saved)  # the legacy HDF5 format: the file names the function, "squared_error"
tf.keras.models.load_model(saved)
# --8<-- [end:function_reload]

# --8<-- [start:keras_format]
saved_keras = os.path.join(folder.name, "model.keras")
model.save(saved_keras)  # tf-keras's .keras format
tf.keras.models.load_model(saved_keras)
# --8<-- [end:keras_format]


# --8<-- [start:custom_objects]
def check_training(history):
    losses = history.history["loss"]
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])


reloaded = tf.keras.models.load_model(saved, custom_objects={"squared_error": squared_error})
print("loss is the function:", reloaded.loss is squared_error)
steps = int(model.optimizer.iterations), int(reloaded.optimizer.iterations)
print("optimizer steps, saved and reloaded:", *steps)
check_training(reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:custom_objects]

# --8<-- [start:compile_false]
reloaded = tf.keras.models.load_model(saved, compile=False)  # architecture and weights only
print("optimizer:", reloaded.optimizer)
reloaded.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
check_training(reloaded.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:compile_false]


# --8<-- [start:register]
@tf.keras.saving.register_keras_serializable(package="cookbook")  # register before saving
def squared_error(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


print("registered as:", tf.keras.saving.get_registered_name(squared_error))
model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
registered = os.path.join(folder.name, "registered.h5")
model.save(registered)

reloaded = tf.keras.models.load_model(registered)  # no custom_objects
print("loss is the function:", reloaded.loss is squared_error)
same = np.isclose(reloaded.evaluate(x, y, verbose=0), model.evaluate(x, y, verbose=0))
print("evaluate gives the same loss:", bool(same))
# --8<-- [end:register]
