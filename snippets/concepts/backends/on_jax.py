# --8<-- [start:setup]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(32, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def new_model():
    inputs = keras.Input(shape=(3,))
    return keras.Model(inputs, keras.layers.Dense(1)(inputs))


inputs = keras.Input(shape=(3,))
outputs = keras.layers.Dense(1)(inputs)
print(keras.backend.backend(), "| building a model:", type(inputs).__name__, type(outputs).__name__)
# --8<-- [end:setup]


# --8<-- [start:during_fit]
def show_type(y_true, y_pred):
    print("loss got:", type(y_pred).__name__)
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = new_model()
model.compile(optimizer="sgd", loss=show_type)
model.fit(x, y, batch_size=16, epochs=2, verbose=0)  # 2 epochs of 2 batches
# --8<-- [end:during_fit]


# --8<-- [start:numpy]
def numpy_loss(y_true, y_pred):
    y_pred = y_pred.numpy()  # a NumPy habit
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = new_model()
model.compile(optimizer="sgd", loss=numpy_loss)
model.fit(x, y, batch_size=16, epochs=1, verbose=0)
# --8<-- [end:numpy]


# --8<-- [start:asarray]
def asarray_loss(y_true, y_pred):
    y_pred = np.asarray(y_pred)
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = new_model()
model.compile(optimizer="sgd", loss=asarray_loss)
model.fit(x, y, batch_size=16, epochs=1, verbose=0)
# --8<-- [end:asarray]

# --8<-- [start:modes]
model = new_model()
model.compile(optimizer="sgd", loss="mse")
print("default jit_compile:", model.jit_compile)

model = new_model()
model.compile(optimizer="sgd", loss=show_type, run_eagerly=True)
print("run_eagerly=True -> jit_compile:", model.jit_compile)
model.fit(x, y, batch_size=16, epochs=1, verbose=0)
# --8<-- [end:modes]
