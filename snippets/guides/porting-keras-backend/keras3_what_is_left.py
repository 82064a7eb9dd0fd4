# --8<-- [start:what_is_left]
import keras
import keras.backend as K

print([name for name in dir(K) if not name.startswith("_")])
print("K.epsilon():", K.epsilon(), "| keras.config.epsilon():", keras.config.epsilon())
# --8<-- [end:what_is_left]
