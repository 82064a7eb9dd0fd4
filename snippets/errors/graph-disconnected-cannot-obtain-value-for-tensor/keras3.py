# --8<-- [start:reproduce]
import keras

first = keras.Input(shape=(3,), name="first")
second = keras.Input(shape=(2,), name="second")
merged = keras.layers.Concatenate()([first, second])
outputs = keras.layers.Dense(1)(merged)
model = keras.Model(first, outputs)  # `second` is missing from the inputs
# --8<-- [end:reproduce]

# --8<-- [start:older]
import keras
import numpy as np

first = keras.Input(shape=(3,), name="first")
second = keras.Input(shape=(2,), name="second")
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([first, second]))
try:
    model = keras.Model(first, outputs)
except ValueError as error:
    print("Model(...) raised", type(error).__name__)
else:
    print("Model(...) built, inputs:", [tensor.name for tensor in model.inputs])
    try:
        model.predict(np.zeros((2, 3), "float32"), verbose=0)
    except Exception as error:  # Keras 3.4 to 3.13: the type is what this block shows
        print("predict raised", type(error).__name__)
# --8<-- [end:older]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x1 = np.random.rand(64, 3).astype("float32")
x2 = np.random.rand(64, 2).astype("float32")
y = x1.sum(axis=1, keepdims=True) - x2.sum(axis=1, keepdims=True)

first = keras.Input(shape=(3,), name="first")
second = keras.Input(shape=(2,), name="second")
merged = keras.layers.Concatenate()([first, second])
outputs = keras.layers.Dense(1)(merged)
model = keras.Model([first, second], outputs)  # every Input the outputs depend on
model.compile(optimizer="adam", loss="mse")
history = model.fit([x1, x2], y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
