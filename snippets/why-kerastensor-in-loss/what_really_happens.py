# --8<-- [start:graph_tensor]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

calls = []


def squared_error(y_true, y_pred):
    calls.append(type(y_pred).__name__)  # Python runs this line only while `fit` traces the step
    return (y_true - y_pred) ** 2  # per-sample values; Keras takes the mean


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=squared_error)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)  # 3 epochs x 4 batches

print(calls)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:graph_tensor]


# --8<-- [start:eager_tensor]
def look_inside(y_true, y_pred):
    print(type(y_pred).__name__, y_pred.shape, "first value:", y_pred.numpy()[0].round(1))
    return (y_true - y_pred) ** 2


model.compile(optimizer="adam", loss=look_inside, run_eagerly=True)
history = model.fit(x[:16], y[:16], epochs=1, batch_size=16, verbose=0)
# --8<-- [end:eager_tensor]

# --8<-- [start:keras_tensor]
inputs = keras.Input(shape=(3,))
print(type(inputs))
print(inputs.shape, inputs.dtype)

doubled = keras.ops.multiply(inputs, 2.0)  # Keras operations accept KerasTensors
print(type(doubled).__name__, doubled.shape)
# --8<-- [end:keras_tensor]
